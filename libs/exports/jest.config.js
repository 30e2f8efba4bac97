import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'exports', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
