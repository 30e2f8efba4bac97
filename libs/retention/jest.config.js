import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'retention', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
