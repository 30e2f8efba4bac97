import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'observability', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
