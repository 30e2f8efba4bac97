import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'audit', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
