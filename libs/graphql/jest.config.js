import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'graphql', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
