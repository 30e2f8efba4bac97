// The checks before the tests: the build and the type-check side by side (each is mostly one
// process on one core, and CI's machine has two), then the lint. The lint comes after the
// build because Nx's module-boundary rule reads the project graph the build leaves cached:
// run first on a clean checkout, the rule found no graph and was skipped without failing.
// Each command's output is printed whole when it ends, so that the two do not interleave.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Runs `npm run <script>`, collecting its output; resolves to whether it succeeded. */
function npmRun(script) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(output));
      if (code !== 0) process.stderr.write(`\nnpm run ${script} failed (exit ${code})\n`);
      done(code === 0);
    });
  });
}

const built = await Promise.all([npmRun('build'), npmRun('typecheck')]);
const ok = built.every(Boolean) && (await npmRun('lint'));
process.exit(ok ? 0 : 1);
