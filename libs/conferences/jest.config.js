import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'conferences', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
