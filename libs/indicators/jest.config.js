import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'indicators', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
