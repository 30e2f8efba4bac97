import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'disclosure', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
