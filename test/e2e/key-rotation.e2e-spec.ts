import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@renkei/config';
import { FORBIDDEN_CLOSE_CODE } from '@renkei/identity';
import { Operations, startTestApp, TEST_ADMIN, type TestApp } from '@renkei/testing';

const OLD_SECRET = 'the-secret-before-the-rotation-0000000000001';
const NEW_SECRET = 'the-secret-after-the-rotation-00000000000002';
// Three boots on a busy machine (see useTestApp).
const BOOTS_TIMEOUT_MS = 300_000;

const keyIdOf = (secret: string): string => AppConfig.fromEnvironment({ JWT_SECRET: secret }).jwt.signing.id;
const kidOf = (token: string): unknown => new JwtService().decode<{ header: { kid?: unknown } }>(token, { complete: true }).header.kid;

/**
 * The README's rotation procedure, on one database: the server as it was (old secret), the
 * server during the rotation (new secret, the old one listed as previous) and the server once
 * the old tokens have expired (new secret only). The last one takes its secret and its
 * database address from files, as container secrets are mounted.
 */
describe('rotating the JWT signing key', () => {
  const secrets = mkdtempSync(join(tmpdir(), 'renkei-rotation-'));
  let before: TestApp;
  let during: TestApp;
  let after: TestApp;
  let oldToken: string;

  beforeAll(async () => {
    before = await startTestApp({ JWT_SECRET: OLD_SECRET });
    oldToken = await before.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const secretFile = (name: string, content: string): string => {
      writeFileSync(join(secrets, name), `${content}\n`, { mode: 0o600 });
      return join(secrets, name);
    };
    [during, after] = await Promise.all([
      startTestApp({ JWT_SECRET: NEW_SECRET, JWT_PREVIOUS_SECRETS: OLD_SECRET }, undefined, before.database),
      // Empty values count as unset: the files replace the test app's own settings.
      startTestApp(
        { JWT_SECRET: '', JWT_SECRET_FILE: secretFile('jwt', NEW_SECRET), DATABASE_URL: '', DATABASE_URL_FILE: secretFile('database-url', before.database.url) },
        undefined,
        before.database,
      ),
    ]);
  }, BOOTS_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all([during?.close(), after?.close()]);
    await before?.close();
    rmSync(secrets, { recursive: true, force: true });
  }, BOOTS_TIMEOUT_MS);

  it('names the old key in the tokens signed before the rotation', () => {
    expect(kidOf(oldToken)).toBe(keyIdOf(OLD_SECRET));
  });

  it('keeps honouring a token of the old key, over HTTP and graphql-ws, while it is listed as previous', async () => {
    const me = await during.http.as(oldToken).data<{ me: { email: string } }>(Operations.ME);
    expect(me.me.email).toBe(TEST_ADMIN.email);
    const socket = during.ws(oldToken);
    expect((await socket.execute<{ me: { email: string } }>(Operations.ME)).data?.me.email).toBe(TEST_ADMIN.email);
  });

  it('signs a new sign-in with the new key, which the server after the rotation honours', async () => {
    const newToken = await during.login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(kidOf(newToken)).toBe(keyIdOf(NEW_SECRET));
    expect(keyIdOf(NEW_SECRET)).not.toBe(keyIdOf(OLD_SECRET));
    const me = await after.http.as(newToken).data<{ me: { email: string } }>(Operations.ME);
    expect(me.me.email).toBe(TEST_ADMIN.email);
  });

  it('refuses a token of the old key once it is no longer listed, over HTTP and graphql-ws', async () => {
    expect((await after.http.as(oldToken).error(Operations.ME)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await after.ws(oldToken).closed).toBe(FORBIDDEN_CLOSE_CODE);
  });
});
