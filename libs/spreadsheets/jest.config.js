import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'spreadsheets', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
