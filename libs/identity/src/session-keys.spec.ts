import { describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@renkei/config';
import { sessionTokenOptions } from './session-keys.js';

const OLD = 'the-secret-that-signed-yesterdays-tokens-0001';
const NEW = 'the-secret-that-signs-todays-tokens-000000002';

function server(env: Record<string, string>): { jwt: JwtService; keyId: string } {
  const config = AppConfig.fromEnvironment(env);
  return { jwt: new JwtService(sessionTokenOptions(config.jwt)), keyId: config.jwt.signing.id };
}

function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('session token keys', () => {
  const before = server({ JWT_SECRET: OLD });
  const during = server({ JWT_SECRET: NEW, JWT_PREVIOUS_SECRETS: OLD });
  const after = server({ JWT_SECRET: NEW });

  it('sign a token with the signing key and name it in the header, never the secret', () => {
    const token = during.jwt.sign({ sub: 'u' });
    expect(headerOf(token)).toEqual({ alg: 'HS256', typ: 'JWT', kid: during.keyId });
    expect(during.keyId).toBe(after.keyId);
    expect(during.keyId).not.toBe(before.keyId);
    expect(token).not.toContain(NEW);
  });

  it('verify a token of the previous key while it is listed, and no longer once it is not', () => {
    const old = before.jwt.sign({ sub: 'u' });
    expect(during.jwt.verify(old)).toMatchObject({ sub: 'u' });
    expect(() => after.jwt.verify(old)).toThrow();
  });

  it('verify the new key’s tokens on a server that lists it', () => {
    expect(after.jwt.verify(during.jwt.sign({ sub: 'u' }))).toMatchObject({ sub: 'u' });
  });

  it.each([
    ['no kid', new JwtService({ secret: NEW }).sign({ sub: 'u' })],
    ['an unknown kid', new JwtService({ secret: NEW, signOptions: { keyid: 'somebody-else' } }).sign({ sub: 'u' })],
    ['a listed kid on a token another secret signed', new JwtService({ secret: 'a-forger-secret-that-is-long-enough-0000', signOptions: { keyid: server({ JWT_SECRET: NEW }).keyId } }).sign({ sub: 'u' })],
    ['no token at all', 'not-a-token'],
  ])('refuse a token with %s', (_case, token) => {
    expect(() => during.jwt.verify(token)).toThrow();
  });

  it('refuse an algorithm other than HS256, even with the right key', () => {
    const forged = new JwtService({ secret: NEW, signOptions: { algorithm: 'HS512', keyid: during.keyId } }).sign({ sub: 'u' });
    expect(() => during.jwt.verify(forged)).toThrow();
  });
});
