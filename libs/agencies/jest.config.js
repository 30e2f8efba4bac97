import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'agencies', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
