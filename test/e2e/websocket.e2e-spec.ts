import { describe, expect, it } from '@jest/globals';
import { FORBIDDEN_CLOSE_CODE } from '@renkei/identity';
import { Role } from '@renkei/kernel';
import { Operations, signTestToken, useTestApp } from '@renkei/testing';

describe('graphql-ws: the same API and identity over WebSocket', () => {
  const s = useTestApp();

  it('executes a query for a client that connected with a good token', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const socket = s.app.ws(staff.token);
    const result = await socket.execute<{ me: { email: string } }>(Operations.ME);
    expect(result.data?.me.email).toBe(staff.email);
  });

  it('maps errors over the socket to the same contract codes, without internals', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const socket = s.app.ws(staff.token);
    const forbidden = await socket.execute(Operations.CREATE_AGENCY, { input: { name: 'Rogue', sector: 'LEGAL' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invalid = await socket.execute('{ me { nope } }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(invalid)).not.toMatch(/stacktrace|node_modules/);
  });

  it.each([
    ['no token', undefined],
    ['a bad token', 'not-a-token'],
  ])('closes a connection with %s with 4403', async (_case, token) => {
    const socket = s.app.ws(token);
    expect(await socket.closed).toBe(FORBIDDEN_CLOSE_CODE);
  });

  it('deactivation closes the user’s open sockets and refuses their token on HTTP at once', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const first = s.app.ws(staff.token);
    const second = s.app.ws(staff.token);
    await Promise.all([first.execute(Operations.ME), second.execute(Operations.ME)]);
    const bystander = await s.fixtures.staff([Role.CASEWORKER]);
    const unaffected = s.app.ws(bystander.token);
    await unaffected.execute(Operations.ME);

    await s.app.http.as(await s.fixtures.admin()).data(Operations.DEACTIVATE_USER, { id: staff.id });

    expect(await first.closed).toBe(FORBIDDEN_CLOSE_CODE);
    expect(await second.closed).toBe(FORBIDDEN_CLOSE_CODE);
    expect((await s.app.http.as(staff.token).error(Operations.ME)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await s.app.ws(staff.token).closed).toBe(FORBIDDEN_CLOSE_CODE);
    expect((await unaffected.execute<{ me: { email: string } }>(Operations.ME)).data?.me.email).toBe(bystander.email);
  });

  it('checks every operation’s session again: a user no longer active gets nothing more on a socket still open', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const socket = s.app.ws(staff.token);
    expect((await socket.execute<{ me: { email: string } }>(Operations.ME)).data?.me.email).toBe(staff.email);
    // Behind the service's back, so that nothing closes the socket: only the operation's own check stands.
    await s.app.dataSource.query('UPDATE users SET active = false WHERE id = $1', [staff.id]);
    expect((await socket.execute(Operations.ME)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('closes a socket when its token expires', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const shortLived = signTestToken({ sub: staff.id }, { expiresIn: 2 });
    const socket = s.app.ws(shortLived);
    expect((await socket.execute<{ me: { email: string } }>(Operations.ME)).data?.me.email).toBe(staff.email);
    expect(await socket.closed).toBe(FORBIDDEN_CLOSE_CODE);
  });
});
