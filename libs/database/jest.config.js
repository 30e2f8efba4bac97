import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'database', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
