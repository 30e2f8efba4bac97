import { preset } from '../../jest.preset.js';

export default { ...preset, displayName: 'tasks', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
