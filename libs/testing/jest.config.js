import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'testing', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
