import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'config', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
