import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'resources', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
