import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@renkei/config';
import type { Transactions } from '@renkei/database';
import { AuthService } from './auth.service.js';
import { sessionTokenOptions } from './session-keys.js';

const SECRET = 'a-secret-for-the-session-tokens-of-this-spec-01';

/** An AuthService whose database knows one active user: only the token path is exercised. */
function authService(): { auth: AuthService; jwt: JwtService; userId: string } {
  const userId = randomUUID();
  const jwt = new JwtService(sessionTokenOptions(AppConfig.fromEnvironment({ JWT_SECRET: SECRET }).jwt));
  const actor = { userId, municipalityId: randomUUID(), agencyId: randomUUID(), sector: 'HOUSING', roles: ['CASEWORKER'] };
  const prepared = async (_sql: string, [id]: readonly unknown[]) => (id === userId ? [actor] : []);
  const tx = { prepared } as unknown as Transactions;
  return { auth: new AuthService(tx, jwt, {} as never, {} as never, {} as never, {} as never), jwt, userId };
}

afterEach(() => {
  jest.useRealTimers();
});

describe('AuthService: sessions from tokens', () => {
  it('checks a token’s signature once, and honours it on later requests from what it verified', async () => {
    const { auth, jwt, userId } = authService();
    const token = jwt.sign({ sub: userId }, { expiresIn: 600 });
    const verify = jest.spyOn(jwt, 'verify');
    expect((await auth.sessionFromToken(token))?.actor.userId).toBe(userId);
    expect((await auth.sessionFromToken(token))?.actor.userId).toBe(userId);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('refuses a token changed in any byte, however often the original was honoured', async () => {
    const { auth, jwt, userId } = authService();
    const token = jwt.sign({ sub: userId }, { expiresIn: 600 });
    await auth.sessionFromToken(token);
    const [header, , signature] = token.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ sub: userId, exp: Math.floor(Date.now() / 1000) + 86_400 })).toString('base64url');
    expect(await auth.sessionFromToken(`${header}.${forgedClaims}.${signature}`)).toBeNull();
    expect(await auth.sessionFromToken(`${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`)).toBeNull();
  });

  it('stops honouring a verified token from the second it expires', async () => {
    const { auth, jwt, userId } = authService();
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const token = jwt.sign({ sub: userId }, { expiresIn: 60 });
    expect(await auth.sessionFromToken(token)).not.toBeNull();
    jest.setSystemTime(Date.now() + 60_000);
    expect(await auth.sessionFromToken(token)).toBeNull();
    expect(auth['verifiedTokens'].has(token)).toBe(false);
  });

  it('refuses a token whose user the database no longer has active', async () => {
    const { auth, jwt } = authService();
    expect(await auth.sessionFromToken(jwt.sign({ sub: randomUUID() }, { expiresIn: 600 }))).toBeNull();
    expect(await auth.sessionFromToken(undefined)).toBeNull();
    expect(await auth.sessionFromToken('not.a.token')).toBeNull();
  });
});
