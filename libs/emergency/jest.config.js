import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'emergency', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
