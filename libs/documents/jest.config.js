import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'documents', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
