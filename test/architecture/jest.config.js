import { preset } from '../../jest.preset.js';

/** Rules about the code itself, checked by running the project's own tools on probes. */
export default { ...preset, displayName: 'architecture', rootDir: '.', testMatch: ['<rootDir>/**/*.spec.ts'], testTimeout: 60_000 };
