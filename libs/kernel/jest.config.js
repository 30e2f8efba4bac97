import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'kernel', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
