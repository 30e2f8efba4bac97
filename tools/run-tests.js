// Runs every test runner once and ends with one line for all of them: the web client's
// component tests (Vitest), then everything else in one Jest run (units, services against
// PostgreSQL, the API end to end, and the browser suite). Jest's summary reporter adds the
// Vitest figures it finds in RENKEI_VITEST_RESULTS to its last line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.js';

const root = resolve(import.meta.dirname, '..');
const vitestResults = resolve(root, 'tmp/vitest-results.json');
mkdirSync(resolve(root, 'tmp'), { recursive: true });
rmSync(vitestResults, { force: true });

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// Without a browser the browser suite fails, and says why; the other suites still run.
ensureChromium();

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const vitest = run(bin('vitest'), ['run', '--config', 'apps/web/vite.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${vitestResults}`]);
const jest = run(bin('jest'), process.argv.slice(2), {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
  RENKEI_VITEST_RESULTS: vitestResults,
});
process.exit(vitest || jest);
