import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '@renkei/api';

/** The built server, as `npm start` runs it (npm test builds it first), with its flags ({@link SERVER_NODE_FLAGS}). */
export const SERVER_MAIN = fileURLToPath(new URL('../../../dist/apps/api/src/main.js', import.meta.url));
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The API in a process of its own, started with exactly `env` (nothing from the caller's shell but PATH). */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<number | null>;
  output(): string;
  /** Resolves once `path` (by default `/health`) answers 200; fails if the process exits first or time runs out. */
  healthy(timeoutMs?: number, path?: string): Promise<void>;
  /** SIGTERM, then the exit status. */
  stop(): Promise<number | null>;
}

export function runServer(env: Readonly<Record<string, string>>, port = Number(env['PORT'] ?? 0)): ServerProcess {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_MAIN], { cwd: WORKSPACE_ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    url,
    exited,
    output: () => output,
    healthy: async (timeoutMs = 60_000, path = '/health') => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`Server exited: ${output}`);
        if (await fetch(`${url}${path}`).then((r) => r.ok, () => false)) return;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`No healthy server after ${timeoutMs} ms: ${output}`);
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
