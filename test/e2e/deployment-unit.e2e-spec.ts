import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SERVER_NODE_FLAGS } from '@renkei/api';
import { SECRET_VARIABLES } from '@renkei/config';
import { createTestDatabase, freePort, runServer, SERVER_MAIN, WORKSPACE_ROOT, type ServerProcess, type TestDatabase } from '@renkei/testing';

const run = promisify(execFile);
const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
// The machine's Redis (CI starts it); REDIS_URL points elsewhere.
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

type Sections = Record<string, Record<string, string[]>>;

/** A systemd unit's sections, each key with its values in order (Environment= and LoadCredential= repeat). */
function parseUnit(text: string): Sections {
  const sections: Sections = {};
  let section: Record<string, string[]> = {};
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header?.[1]) {
      section = sections[header[1]] = {};
      continue;
    }
    const at = line.indexOf('=');
    (section[line.slice(0, at)] ??= []).push(line.slice(at + 1));
  }
  return sections;
}

/** An EnvironmentFile: KEY=value lines, comments and blank lines ignored. */
function parseEnvironmentFile(text: string): Record<string, string> {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('deploy/renkei.service: the systemd unit and its environment file', () => {
  let service: Record<string, string[]>;
  let example: Record<string, string>;
  const one = (key: string): string | undefined => (service[key]?.length === 1 ? service[key][0] : undefined);

  beforeAll(async () => {
    const unit = parseUnit(await readFile(join(WORKSPACE_ROOT, 'deploy/renkei.service'), 'utf8'));
    service = unit['Service'] ?? {};
    example = parseEnvironmentFile(await readFile(join(WORKSPACE_ROOT, 'deploy/renkei.env.example'), 'utf8'));
  });

  it('runs the built server as an unprivileged user from the installed tree, restarted on failure, confined', () => {
    expect(one('User')).toBe('renkei');
    expect(one('WorkingDirectory')).toBe('/opt/renkei');
    expect(one('EnvironmentFile')).toBe('/etc/renkei/renkei.env');
    expect(one('ExecStart')).toBe(['/usr/bin/node', ...SERVER_NODE_FLAGS, 'dist/apps/api/src/main.js'].join(' '));
    expect(one('Restart')).toBe('on-failure');
    expect(one('NoNewPrivileges')).toBe('yes');
    expect(one('ProtectSystem')).toBe('strict');
    expect(service['ReadWritePaths']).toEqual(['/var/lib/renkei']);
  });

  it('runs Node with the flags of SERVER_NODE_FLAGS, as npm start does', async () => {
    const { scripts } = JSON.parse(await readFile(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['start']).toBe(['npm run build && node', ...SERVER_NODE_FLAGS, 'dist/apps/api/src/main.js'].join(' '));
  });

  it('stops with SIGTERM and waits longer than the drain before it kills', () => {
    expect(one('KillSignal')).toBe('SIGTERM');
    expect(Number(one('TimeoutStopSec'))).toBeGreaterThan(Number(example['SHUTDOWN_GRACE_SECONDS']));
  });

  it('keeps secrets out of the environment file: each comes as a credential file through its *_FILE variable', () => {
    for (const name of SECRET_VARIABLES) expect(Object.keys(example)).not.toContain(name);
    const credentials = new Set((service['LoadCredential'] ?? []).map((entry) => entry.split(':')[0]));
    for (const assignment of service['Environment'] ?? []) {
      const [variable = '', value = ''] = assignment.split('=');
      expect(SECRET_VARIABLES.map((name) => `${name}_FILE`)).toContain(variable);
      expect(credentials).toContain(value.replace(/^%d\//, ''));
    }
    expect(credentials.size).toBe(service['Environment']?.length);
  });

  describe('the built server started the same way', () => {
    let database: TestDatabase;
    let credentialsDirectory: string;
    let server: ServerProcess | undefined;
    beforeAll(async () => {
      database = await createTestDatabase();
      credentialsDirectory = await mkdtemp(join(tmpdir(), 'renkei-credentials-'));
    });
    afterAll(async () => {
      // A server a failed assertion left running.
      if (server?.child.exitCode === null) server.child.kill('SIGKILL');
      await server?.exited;
      await database.drop();
      await rm(credentialsDirectory, { recursive: true, force: true });
    });

    it('serves /health and /metrics with the example settings and secrets from credential files, and exits 0 on SIGTERM', async () => {
      const script = (one('ExecStart') ?? '').split(' ').at(-1) ?? '';
      // The unit's node is the machine's; the test runs the Node it runs on.
      expect(join(WORKSPACE_ROOT, script)).toBe(SERVER_MAIN);

      const metricsToken = randomBytes(24).toString('hex');
      // What each credential holds on this machine: the test database, Redis, fresh secrets.
      const secrets: Record<string, string> = {
        database_url: database.url,
        jwt_secret: randomBytes(48).toString('base64url'),
        redis_url: REDIS_URL,
        metrics_token: metricsToken,
      };
      for (const entry of service['LoadCredential'] ?? []) {
        const [name = ''] = entry.split(':');
        // As systemd copies them: the file's content, one trailing line break as an editor leaves it.
        await writeFile(join(credentialsDirectory, name), `${secrets[name]}\n`, { mode: 0o400 });
      }
      const fromUnit = Object.fromEntries((service['Environment'] ?? []).map((a) => a.replace('%d', credentialsDirectory).split('=')));
      const port = await freePort();
      // Only what differs on a test machine: the loopback address and a free port.
      const started = (server = runServer({ ...example, ...fromUnit, HOST: '127.0.0.1', PORT: String(port) }));
      await started.healthy();
      for (const path of ['/health/live', '/health/ready']) expect((await fetch(`${started.url}${path}`)).status).toBe(200);
      const metrics = await fetch(`${started.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('# TYPE');
      expect((await fetch(`${started.url}/metrics`)).status).not.toBe(200);
      expect(await started.stop()).toBe(0);
    }, 120_000);
  });

  // The machine's own parser, where there is one: it warns about each key or value it would ignore.
  (hasSystemdAnalyze ? it : it.skip)('systemd-analyze verify finds nothing in the unit it would ignore', async () => {
    const { stderr } = await run('systemd-analyze', ['verify', join(WORKSPACE_ROOT, 'deploy/renkei.service')]);
    expect(stderr).not.toMatch(/renkei\.service:\d+:/);
  });
});
