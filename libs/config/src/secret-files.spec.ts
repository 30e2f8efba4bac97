import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { AppConfig } from './app-config.js';
import { readSecretFiles, SECRET_VARIABLES } from './secret-files.js';

describe('secrets given as files (*_FILE)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'renkei-secrets-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const secretFile = (name: string, content: string): string => {
    const path = join(folder, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };

  it('take the file’s content in place of the variable, one trailing line break dropped', () => {
    const { values, problems } = readSecretFiles({
      JWT_SECRET_FILE: secretFile('jwt', 'a-secret-written-by-echo-into-a-file-0000\n'),
      METRICS_TOKEN_FILE: secretFile('metrics', 'a-token-saved-by-an-editor\r\n'),
      REDIS_URL_FILE: secretFile('redis', 'redis://127.0.0.1:6379\n\n'),
      PORT: '3000',
    });
    expect(problems).toEqual([]);
    expect(values).toEqual({
      JWT_SECRET: 'a-secret-written-by-echo-into-a-file-0000',
      METRICS_TOKEN: 'a-token-saved-by-an-editor',
      // Only one line break goes: the rest is the operator's content.
      REDIS_URL: 'redis://127.0.0.1:6379\n',
      PORT: '3000',
    });
  });

  it('refuse a variable given both as a value and as a file', () => {
    const { problems } = readSecretFiles({ JWT_SECRET: 'x'.repeat(40), JWT_SECRET_FILE: secretFile('both', 'y'.repeat(40)) });
    expect(problems).toEqual(['JWT_SECRET_FILE: cannot be set together with JWT_SECRET']);
  });

  it('name an unreadable file by its path and never show a secret’s content', () => {
    const missing = join(folder, 'absent');
    // A folder where a file was meant: read as root too, where permissions would not stop it.
    const { problems } = readSecretFiles({ DATABASE_URL_FILE: missing, JWT_SECRET_FILE: folder });
    expect(problems).toEqual([`DATABASE_URL_FILE: cannot read ${missing} (ENOENT)`, `JWT_SECRET_FILE: cannot read ${folder} (EISDIR)`]);
    // Through AppConfig too: every problem is listed, none quotes a file.
    const error = (() => {
      try {
        AppConfig.fromEnvironment({ DATABASE_URL_FILE: missing, JWT_SECRET_FILE: secretFile('short', 'too-short-secret\n') });
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('expected a ConfigurationError');
    })();
    expect(error.message).toContain(`DATABASE_URL_FILE: cannot read ${missing} (ENOENT)`);
    expect(error.message).toContain('JWT_SECRET: must be at least 32 characters');
    expect(error.message).not.toContain('too-short-secret');
  });

  it.each(SECRET_VARIABLES.map((name) => [name]))('accept %s_FILE', (name) => {
    const { values, problems } = readSecretFiles({ [`${name}_FILE`]: secretFile(name, `value-of-${name}\n`) });
    expect(problems).toEqual([]);
    expect(values).toEqual({ [name]: `value-of-${name}` });
  });

  it('configure the server from files: its database and its signing key', () => {
    const secret = 'a-signing-secret-mounted-as-a-container-secret';
    const config = AppConfig.fromEnvironment({
      NODE_ENV: 'production',
      DATABASE_URL_FILE: secretFile('db', 'postgres://renkei@db.example:5432/renkei\n'),
      JWT_SECRET_FILE: secretFile('signing', `${secret}\n`),
    });
    expect(config.database).toEqual({ kind: 'external', url: 'postgres://renkei@db.example:5432/renkei' });
    expect(config.jwt.signing.secret).toBe(secret);
    expect(config.jwt.ephemeral).toBe(false);
  });
});
