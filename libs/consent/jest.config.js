import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'consent', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
