import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'access', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
