import { describe, expect, it } from '@jest/globals';
import { QUERY_LIMITS } from '@renkei/graphql';
import { Role } from '@renkei/kernel';
import { Operations, useTestApp } from '@renkei/testing';

const deep = (levels: number) => `{ conferences(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") ${'{ agenda { case { team '.repeat(levels)}{ id }${' } } }'.repeat(levels)} }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const tokens = (n: number) => `{ me { ${'id '.repeat(n)}} }`;
const directives = (n: number) => `{ me ${'@include(if: true) '.repeat(n)}{ id } }`;
const costly = `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: cases(first: 100) { edges { node { team { id name sector createdAt } subject { fullName fullNameKana birthDate address } } } }`).join(' ')} }`;

// The schema has no cycles, so only an invalid query can be deep: the depth rule must still say so.
const HOSTILE: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['too deep', deep(6), /depth/i],
  ['too many aliases', aliases(QUERY_LIMITS.maxAliases + 5), /aliases/i],
  ['too many tokens', tokens(QUERY_LIMITS.maxTokens + 100), /token/i],
  ['too many directives', directives(QUERY_LIMITS.maxDirectives + 5), /directives/i],
  ['too costly', costly, /cost/i],
  ['not GraphQL at all', '{ me { id ', /Syntax Error/],
];

describe('query limits, the same over HTTP and WebSocket', () => {
  const s = useTestApp();

  it.each(HOSTILE)('refuses an operation %s over HTTP with BAD_USER_INPUT', async (_case, query, reason) => {
    const staff = await s.fixtures.staff([Role.COORDINATOR]);
    const { response } = await s.app.http.as(staff.token).error(query);
    expect(response.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(response.errors?.map((e) => e.message).join('\n')).toMatch(reason);
  });

  it.each(HOSTILE)('refuses an operation %s over WebSocket, and the socket stays usable', async (_case, query, reason) => {
    const staff = await s.fixtures.staff([Role.COORDINATOR]);
    const socket = s.app.ws(staff.token);
    const result = await socket.execute(query);
    expect(result.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(result.errors?.map((e) => e.message).join('\n')).toMatch(reason);
    expect((await socket.execute<{ me: { id: string } }>(Operations.ME)).data?.me.id).toBe(staff.id);
  });

  it('accepts operations within the limits', async () => {
    const staff = await s.fixtures.staff([Role.COORDINATOR]);
    expect((await s.app.http.as(staff.token).request(aliases(QUERY_LIMITS.maxAliases - 1))).errors).toBeUndefined();
    const deepest = '{ conferences(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { agenda { summaries { agency { id } sections { basis } } case { team { id } } } } }';
    expect((await s.app.http.as(staff.token).request(deepest)).errors).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const response = await fetch(s.app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('in production', () => {
  const s = useTestApp({ NODE_ENV: 'production' });

  it('introspection is off', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const error = await s.app.http.as(staff.token).error('{ __schema { types { name } } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('errors make no field suggestions, over HTTP or WebSocket', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    const http = await s.app.http.as(staff.token).error('{ mee { id } }');
    const ws = await s.app.ws(staff.token).execute('{ mee { id } }');
    for (const message of [http.message, ws.errors?.[0]?.message ?? '']) {
      expect(message).toContain('mee');
      expect(message).not.toMatch(/Did you mean/);
    }
  });
});
