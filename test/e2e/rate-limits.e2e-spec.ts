import { describe, expect, it } from '@jest/globals';
import { Role } from '@renkei/kernel';
import { Operations, useTestApp } from '@renkei/testing';

describe('rate limits', () => {
  const s = useTestApp({ RATE_LIMIT_EXPENSIVE_PER_MINUTE: '30' });

  it('locks an account after 5 failed sign-ins, even for the right password, with a retry hint', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    for (let i = 0; i < 5; i++) {
      expect((await s.app.http.error(Operations.LOGIN, { email: staff.email, password: `wrong-${i}` })).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await s.app.http.error(Operations.LOGIN, { email: staff.email, password: staff.password });
    expect(locked.extensions?.code).toBe('RATE_LIMITED');
    expect(locked.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Another account is not affected by one account's lock.
    const other = await s.fixtures.staff([Role.CASEWORKER]);
    expect(await s.app.login(other.email, other.password)).toBeTruthy();
  });

  it('a success clears the account’s count', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await s.app.http.error(Operations.LOGIN, { email: staff.email, password: 'wrong' });
      expect(await s.app.login(staff.email, staff.password)).toBeTruthy();
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

  // Last: it locks this test's address (127.0.0.1) for every account.
  it('stops one address spraying a password over many accounts', async () => {
    let code: string | undefined;
    for (let i = 0; i < 120 && code !== 'RATE_LIMITED'; i++) {
      code = (await s.app.http.error(Operations.LOGIN, { email: `nobody-${i}@test.example`, password: 'Password123!' })).extensions?.code;
    }
    expect(code).toBe('RATE_LIMITED');
  });
});
