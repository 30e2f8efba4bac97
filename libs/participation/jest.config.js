import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'participation', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
