import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'summaries', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
