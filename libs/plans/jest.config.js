import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'plans', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
