import { request as httpRequest } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { Role } from '@renkei/kernel';
import { type GraphQLErrorBody, Operations, useTestApp } from '@renkei/testing';

const UNLOCK_SIGN_IN = `mutation Unlock($id: ID!) { unlockSignIn(id: $id) { id email } }`;

interface LoginAnswer {
  token: string | null;
  error: GraphQLErrorBody | null;
}

/** Polls `check` until it holds, failing after `timeoutMs` (for a delay the server announced). */
async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('rate limits', () => {
  // The tests' own connections (127.0.0.1) play the reverse proxy: X-Forwarded-For names the client.
  const s = useTestApp({ RATE_LIMIT_EXPENSIVE_PER_MINUTE: '30', TRUSTED_PROXIES: '127.0.0.1' });
  let nextAddress = 0;
  const newAddress = () => `198.51.100.${++nextAddress}`;

  /** Signs in as a client at `forwardedFor` behind the proxy, or from `localAddress` directly. */
  function login(email: string, password: string, from: { forwardedFor?: string; localAddress?: string }): Promise<LoginAnswer> {
    const url = new URL(s.app.graphqlUrl);
    const body = JSON.stringify({ query: Operations.LOGIN, variables: { email, password } });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress: from.localAddress,
          headers: { 'content-type': 'application/json', ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}) },
        },
        (res) => {
          let raw = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk));
          res.on('end', () => {
            const parsed = JSON.parse(raw) as { data?: { login: { token: string } } | null; errors?: GraphQLErrorBody[] };
            resolve({ token: parsed.data?.login.token ?? null, error: parsed.errors?.[0] ?? null });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  const codeOf = (answer: LoginAnswer) => answer.error?.extensions?.code ?? 'OK';
  const retryAfter = (answer: LoginAnswer) => answer.error?.extensions?.['retryAfterSeconds'] as number | undefined;

  it('slows one address’s guesses at an account down, more with each failure, while the owner elsewhere signs in', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const guesser = newAddress();
    for (let i = 0; i < 5; i++) expect(codeOf(await login(staff.email, `wrong-${i}`, { forwardedFor: guesser }))).toBe('UNAUTHENTICATED');
    // The fifth failure makes the next attempt from there wait 1 s, the right password too.
    const waiting = await login(staff.email, staff.password, { forwardedFor: guesser });
    expect(codeOf(waiting)).toBe('RATE_LIMITED');
    expect(retryAfter(waiting)).toBe(1);
    // The owner, at another address, is not held up by those guesses.
    expect((await login(staff.email, staff.password, { forwardedFor: newAddress() })).token).toBeTruthy();
    // Once the wait is over, the next failure doubles it.
    await until(async () => codeOf(await login(staff.email, 'wrong-again', { forwardedFor: guesser })) === 'UNAUTHENTICATED', 10_000);
    const longer = await login(staff.email, staff.password, { forwardedFor: guesser });
    expect(codeOf(longer)).toBe('RATE_LIMITED');
    expect(retryAfter(longer)).toBe(2);
    // A wait ends: the right password works from there again.
    await until(async () => (await login(staff.email, staff.password, { forwardedFor: guesser })).token !== null, 10_000);
  });

  it('slows an account guessed at from many addresses, for everyone; an ADMIN unlocks it at once; both are audited', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    for (let i = 0; i < 10; i++) expect(codeOf(await login(staff.email, `wrong-${i}`, { forwardedFor: newAddress() }))).toBe('UNAUTHENTICATED');
    const owner = newAddress();
    const waiting = await login(staff.email, staff.password, { forwardedFor: owner });
    expect(codeOf(waiting)).toBe('RATE_LIMITED');
    expect(retryAfter(waiting)).toBeGreaterThan(0);
    expect(retryAfter(waiting)).toBeLessThanOrEqual(5 * 60);

    // Only an administrator may unlock.
    const colleague = await s.fixtures.staff([Role.COORDINATOR]);
    expect((await s.app.http.as(colleague.token).error(UNLOCK_SIGN_IN, { id: staff.id })).extensions?.code).toBe('FORBIDDEN');
    const admin = await s.fixtures.admin();
    expect((await s.app.http.as(admin).data<{ unlockSignIn: { id: string } }>(UNLOCK_SIGN_IN, { id: staff.id })).unlockSignIn.id).toBe(staff.id);
    // The failures are forgotten: one more is just a failure (without the unlock it would be
    // refused, or start a longer delay), and the owner signs in.
    expect(codeOf(await login(staff.email, 'wrong-once-more', { forwardedFor: newAddress() }))).toBe('UNAUTHENTICATED');
    expect((await login(staff.email, staff.password, { forwardedFor: owner })).token).toBeTruthy();

    await s.app.auditLinked();
    const entries = await s.app.dataSource.query<{ action: string; details: Record<string, unknown>; actor_user_id: string | null }[]>(
      `SELECT action, details, actor_user_id FROM audit_events WHERE details->>'userId' = $1 AND action LIKE 'user.sign_in_%' ORDER BY sequence`,
      [staff.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['user.sign_in_delayed', 'user.sign_in_unlocked']);
    expect(entries[0]?.details).toMatchObject({ scope: 'account', failures: 10, waitSeconds: 1 });
    expect(entries[1]?.actor_user_id).toBeTruthy();
  });

  it('an unlock also ends the delays at the owner’s own address', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const desk = newAddress();
    const admin = await s.fixtures.admin();
    for (let i = 0; i < 5; i++) await login(staff.email, `mistyped-${i}`, { forwardedFor: desk });
    expect(codeOf(await login(staff.email, staff.password, { forwardedFor: desk }))).toBe('RATE_LIMITED');
    await s.app.http.as(admin).data(UNLOCK_SIGN_IN, { id: staff.id });
    expect(codeOf(await login(staff.email, 'mistyped-again', { forwardedFor: desk }))).toBe('UNAUTHENTICATED');
    expect((await login(staff.email, staff.password, { forwardedFor: desk })).token).toBeTruthy();
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    // 127.0.0.2 is not a trusted proxy: what it claims to forward for is ignored, so these
    // guesses all come from one address, however many it names.
    for (let i = 0; i < 5; i++) await login(staff.email, `wrong-${i}`, { localAddress: '127.0.0.2', forwardedFor: newAddress() });
    expect(codeOf(await login(staff.email, staff.password, { localAddress: '127.0.0.2', forwardedFor: newAddress() }))).toBe('RATE_LIMITED');
  });

  it('a success clears the account’s count', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const desk = newAddress();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await login(staff.email, 'wrong', { forwardedFor: desk });
      expect((await login(staff.email, staff.password, { forwardedFor: desk })).token).toBeTruthy();
    }
  });

  it('meters expensive operations per user', async () => {
    const auditor = await s.fixtures.staff([Role.AUDITOR]);
    // verifyAuditChain costs 10 of the 30 points a minute.
    for (let i = 0; i < 3; i++) expect((await s.app.http.as(auditor.token).request(Operations.VERIFY_AUDIT_CHAIN)).errors).toBeUndefined();
    const limited = await s.app.http.as(auditor.token).error(Operations.VERIFY_AUDIT_CHAIN);
    expect(limited).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    const colleague = await s.fixtures.staff([Role.AUDITOR]);
    expect((await s.app.http.as(colleague.token).request(Operations.VERIFY_AUDIT_CHAIN)).errors).toBeUndefined();
  });

  it('slows one client address spraying passwords over many accounts, by a minute at most, and nobody else', async () => {
    const sprayer = newAddress();
    let answer: LoginAnswer | undefined;
    for (let i = 0; i < 120 && codeOf(answer ?? { token: null, error: null }) !== 'RATE_LIMITED'; i++) {
      answer = await login(`nobody-${i}@test.example`, 'Password123!', { forwardedFor: sprayer });
    }
    expect(codeOf(answer as LoginAnswer)).toBe('RATE_LIMITED');
    expect(retryAfter(answer as LoginAnswer)).toBeLessThanOrEqual(60);
    // A colleague at another address signs in as usual.
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    expect((await login(staff.email, staff.password, { forwardedFor: newAddress() })).token).toBeTruthy();
    // 100+ argon2 verifications: CPU-bound, slow on a shared 2-core machine (never judged for speed).
  }, 120_000);

  it('does not limit the proxy’s own address, which is everyone behind it', async () => {
    // No X-Forwarded-For from the trusted proxy: the client is not known, so there is no address to limit.
    for (let i = 0; i < 110; i++) expect(codeOf(await login(`nobody-else-${i}@test.example`, 'Password123!', {}))).toBe('UNAUTHENTICATED');
    // 110 sign-ins, each hashing a password: as long as the test above on a busy machine.
  }, 120_000);
});
