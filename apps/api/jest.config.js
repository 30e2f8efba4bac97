import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'api', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
