import { describe, expect, it } from '@jest/globals';
import { MAX_PAGE_SIZE, QUERY_LIMITS } from '@renkei/graphql';
import { Role } from '@renkei/kernel';
import { Operations, useTestApp } from '@renkei/testing';

const deep = (levels: number) => `{ conferences(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") ${'{ agenda { case { team '.repeat(levels)}{ id }${' } } }'.repeat(levels)} }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const tokens = (n: number) => `{ me { ${'id '.repeat(n)}} }`;
const directives = (n: number) => `{ me ${'@include(if: true) '.repeat(n)}{ id } }`;
const costly = `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: cases(first: 100) { edges { node { team { id name sector createdAt } subject { fullName fullNameKana birthDate address } } } }`).join(' ')} }`;

// Many pages at once, the page size passed as a variable (validation cannot see its value).
const costlyByVariable = `query Pages($n: Int) { ${Array.from({ length: 15 }, (_, i) => `c${i}: cases(first: $n) { edges { node { team { id name sector createdAt } subject { fullName fullNameKana birthDate address } } } }`).join(' ')} }`;
// A page of the largest size the schema allows, with the fields a task list shows.
const eventPage = (first: string) =>
  `query Page(${first.startsWith('$') ? `${first}: Int, ` : ''}$after: String) { taskEventsSince(first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type occurredAt task { taskId title status version dueAt } } } } }`;

// The schema has no cycles, so only an invalid query can be deep: the depth rule must still say so.
// The last column: whether the document parses (a limit on what it asks is not a "Syntax Error").
const HOSTILE: ReadonlyArray<readonly [string, string, RegExp, boolean]> = [
  ['too deep', deep(6), /depth/i, true],
  ['too many aliases', aliases(QUERY_LIMITS.maxAliases + 5), /aliases/i, true],
  ['too many tokens', tokens(QUERY_LIMITS.maxTokens + 100), /token/i, false],
  ['too many directives', directives(QUERY_LIMITS.maxDirectives + 5), /directives/i, true],
  ['too costly', costly, /cost/i, true],
  ['too costly, the page size in a variable', costlyByVariable, /cost/i, true],
  ['not GraphQL at all', '{ me { id ', /Syntax Error/, false],
  ['an unclosed brace', '{', /Syntax Error/, false],
  ['an invalid escape', '{ me(id: "\\ud800") { id } }', /Invalid Unicode escape/i, false],
];

describe('query limits, the same over HTTP and WebSocket', () => {
  const s = useTestApp();

  it.each(HOSTILE)('refuses an operation %s over HTTP with 400 and BAD_USER_INPUT', async (_case, query, reason, parses) => {
    const staff = await s.fixtures.staff([Role.COORDINATOR]);
    const { response } = await s.app.http.as(staff.token).error(query);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(response.errors?.map((e) => e.message).join('\n')).toMatch(reason);
    if (parses) expect(response.errors?.map((e) => e.message).join('\n')).not.toMatch(/Syntax Error/i);
  });

  it.each(HOSTILE)('refuses an operation %s over WebSocket, and the socket stays usable', async (_case, query, reason, parses) => {
    const staff = await s.fixtures.staff([Role.COORDINATOR]);
    const socket = s.app.ws(staff.token);
    const result = await socket.execute(query, { n: 100 });
    expect(result.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(result.errors?.map((e) => e.message).join('\n')).toMatch(reason);
    if (parses) expect(result.errors?.map((e) => e.message).join('\n')).not.toMatch(/Syntax Error/i);
    expect((await socket.execute<{ me: { id: string } }>(Operations.ME)).data?.me.id).toBe(staff.id);
  });

  it('accepts operations within the limits', async () => {
    const staff = await s.fixtures.staff([Role.COORDINATOR]);
    expect((await s.app.http.as(staff.token).request(aliases(QUERY_LIMITS.maxAliases - 1))).errors).toBeUndefined();
    const deepest = '{ conferences(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { agenda { summaries { agency { id } sections { basis } } case { team { id } } } } }';
    expect((await s.app.http.as(staff.token).request(deepest)).errors).toBeUndefined();
  });

  it(`accepts a page of the largest size the schema allows (${MAX_PAGE_SIZE}) with the fields a client shows, over HTTP and WebSocket`, async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    for (const [query, variables] of [
      [eventPage(String(MAX_PAGE_SIZE)), {}],
      [eventPage('$first'), { first: MAX_PAGE_SIZE }],
    ] as const) {
      const http = await s.app.http.as(staff.token).request(query, variables);
      expect(http.errors).toBeUndefined();
      expect(http.status).toBe(200);
      const ws = await s.app.ws(staff.token).execute(query, variables);
      expect(ws.errors).toBeUndefined();
    }
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

  it('introspection is off, over HTTP and over WebSocket', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER]);
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Task") { fields { name } } }']) {
      const error = await s.app.http.as(staff.token).error(query);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      const ws = await s.app.ws(staff.token).execute(query);
      expect(ws.data ?? undefined).toBeUndefined();
      expect(ws.errors?.length).toBeGreaterThan(0);
      expect(ws.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
      expect(ws.errors?.[0]?.message).toMatch(/introspection/i);
    }
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
