import { describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { Operations, signTestToken, useTestApp, TEST_ADMIN } from '@renkei/testing';

describe('identity: login, tokens and the signed-in user', () => {
  const s = useTestApp();

  it('logs the bootstrap administrator in with a signed, expiring token', async () => {
    const { login } = await s.app.http.data<{ login: { token: string; expiresAt: string; user: { email: string; roles: string[] } } }>(Operations.LOGIN, {
      email: TEST_ADMIN.email,
      password: TEST_ADMIN.password,
    });
    expect(login.user).toMatchObject({ email: TEST_ADMIN.email, roles: ['ADMIN'] });
    expect(login.token.split('.')).toHaveLength(3);
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const { me } = await s.app.http.as(login.token).data<{ me: { email: string; agency: { sector: string } } }>(Operations.ME);
    expect(me).toMatchObject({ email: TEST_ADMIN.email, agency: { sector: 'ADMINISTRATION' } });
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const { login } = await s.app.http.data<{ login: { token: string } }>(Operations.LOGIN, { email: `  ${TEST_ADMIN.email.toUpperCase()} `, password: TEST_ADMIN.password });
    expect(login.token).toBeTruthy();
  });

  it.each([
    ['a wrong password', TEST_ADMIN.email, 'not-the-password'],
    ['an unknown email', 'nobody@test.example', TEST_ADMIN.password],
    ['an empty password', TEST_ADMIN.email, ''],
  ])('refuses %s with one and the same answer', async (_case, email, password) => {
    const error = await s.app.http.error(Operations.LOGIN, { email, password });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Invalid email or password');
  });

  it('stores no password in the clear and salts every hash', async () => {
    const a = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const rows = await s.app.dataSource.query<{ password_hash: string }[]>('SELECT password_hash FROM users WHERE id = $1', [a.id]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]?.password_hash).not.toContain(a.password);
    const same = await s.app.dataSource.query<{ n: string }[]>('SELECT count(DISTINCT password_hash) AS n FROM users');
    const users = await s.app.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM users');
    expect(same[0]?.n).toBe(users[0]?.n);
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'not-a-jwt'],
    ['a token signed with another key', signTestToken({ sub: '00000000-0000-4000-8000-000000000000' }, {}, 'another-secret-another-secret-another')],
    ['an expired token', signTestToken({ sub: '00000000-0000-4000-8000-000000000000', exp: Math.floor(Date.now() / 1000) - 60 })],
    ['a token for a user that does not exist', signTestToken({ sub: '00000000-0000-4000-8000-000000000000' })],
  ])('answers UNAUTHENTICATED for %s', async (_case, token) => {
    const client = token === undefined ? s.app.http : s.app.http.as(token);
    const error = await client.error(Operations.ME);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops honouring the token of a deactivated user on the very next request', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    await s.app.http.as(staff.token).data(Operations.ME);
    await s.app.http.as(await s.fixtures.admin()).data(Operations.DEACTIVATE_USER, { id: staff.id });
    expect((await s.app.http.as(staff.token).error(Operations.ME)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.app.http.error(Operations.LOGIN, { email: staff.email, password: staff.password })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
