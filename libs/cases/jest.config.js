import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'cases', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
