// `npm run dev`: the API (built once, on the embedded database with the demo data, port 3000)
// and Vite's dev server for the web client with hot reload on http://localhost:5173, which
// forwards /graphql (HTTP and WebSocket) and /health to the API. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

if (spawnSync(bin('nx'), ['run', 'api:build', '--outputStyle=static'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const children = [
  spawn(process.execPath, ['dist/apps/api/src/main.js'], { cwd: root, stdio: 'inherit' }),
  spawn(bin('vite'), ['--config', 'apps/web/vite.config.ts'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => {
  stop();
  process.exitCode = code ?? 0;
}));
