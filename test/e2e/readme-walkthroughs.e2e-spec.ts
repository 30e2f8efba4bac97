import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, freePort, runServer, TEST_JWT_SECRET, WORKSPACE_ROOT, type ServerProcess, type TestDatabase } from '@renkei/testing';

/**
 * The README is the front door: its shell walk-throughs must run as written, in the README's
 * order, against a server started as a newcomer would have it (demo data, its own port in
 * place of localhost:3000). Every block from "Trying it with curl" to the end of the
 * walk-throughs runs in one bash session; blocks that start servers of their own (several
 * instances on Redis) are left out. An error appears only where the README shows one.
 */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function walkthroughBlocks(): string[] {
  const from = README.indexOf('## Trying it with curl');
  const to = README.indexOf('## Configuration');
  const blocks = [...README.slice(from, to).matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.filter((block) => !block.includes('node dist/apps/api/src/main.js &'));
}

// The errors the README shows as expected answers, one per `# {"errors":…}` line.
function expectedErrors(blocks: readonly string[]): number {
  return blocks.join('\n').split('\n').filter((line) => /^# \{"errors"/.test(line.trim())).length;
}

describe('the README walk-throughs run as written, in order', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    server = runServer({ PORT: String(port), DATABASE_URL: database.url, DEMO_DATA: 'true', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn' });
    await server.healthy();
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('finds the walk-throughs', () => {
    expect(walkthroughBlocks().length).toBeGreaterThanOrEqual(15);
  });

  // Generous: each step of the shell starts node to build or read JSON, most of the time on a busy machine.
  it('every block succeeds, every answer is the kind the README shows', async () => {
    const blocks = walkthroughBlocks();
    const script = ['set -euo pipefail', ...blocks].join('\n').replaceAll('localhost:3000', `127.0.0.1:${port}`);
    const bash = spawn('bash', ['-c', script], { cwd: WORKSPACE_ROOT, env: { PATH: process.env['PATH'] ?? '' } });
    let output = '';
    bash.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    bash.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(bash, 'exit')) as [number];
    expect({ code, tail: code === 0 ? '' : output.slice(-2000) }).toEqual({ code: 0, tail: '' });
    const errors = output.split('\n').filter((line) => line.includes('"errors"'));
    expect(errors).toHaveLength(expectedErrors(blocks));
    // What each walk-through is there to show.
    for (const shown of ['"basis":"CONSENT"', '"redacted":true', '"basis":"SUPPORT_MEETING"', '"state":"REVOKED"', '"ok":true', '# 会議録', '### 支援プラン 第1版', '"status":"WATCHING"']) {
      expect(output).toContain(shown);
    }
  }, 300_000);

  it('the WebSocket example fails at once on a refused token instead of retrying', async () => {
    const section = README.slice(README.indexOf('### Over WebSocket'));
    const example = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const script = `const TOKEN = 'not-a-token';\n${example}`.replaceAll('localhost:3000', `127.0.0.1:${port}`);
    const node = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: WORKSPACE_ROOT, env: { PATH: process.env['PATH'] ?? '' } });
    let output = '';
    node.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(node, 'exit')) as [number];
    expect(code).not.toBe(0);
    expect(output).toContain('4403');
  }, 20_000);
});
