import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { BOOT_TIMEOUT_MS, Fixtures, type GraphQLHttpClient, Operations, startTestApp, type TestApp } from '@renkei/testing';

// Signs of an internal leak: stack frames, SQL, driver messages, file paths.
const LEAKS = [/\bat .+\(.+:\d+:\d+\)/, /stacktrace/i, /\bSELECT\b|\bINSERT\b|\bUPDATE\b/, /violates|constraint|syntax error at or near|QueryFailed/i, /node_modules|\.ts:\d+/];

describe('bad input: a clear error, and nothing lost or leaked', () => {
  let t: TestApp;
  let admin: string;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const fixtures = new Fixtures(t);
    admin = await fixtures.admin();
    agencyId = await fixtures.agency('HOUSING' as never);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  const user = (overrides: Record<string, unknown>) => ({
    input: { email: 'new@test.example', displayName: 'New', password: 'long-enough-password', agencyId, roles: ['CASEWORKER'], ...overrides },
  });

  it.each([
    ['an empty agency name', Operations.CREATE_AGENCY, () => ({ input: { name: '   ', sector: 'HOUSING' } }), 'name'],
    ['a 201-character agency name', Operations.CREATE_AGENCY, () => ({ input: { name: 'x'.repeat(201), sector: 'HOUSING' } }), 'name'],
    ['an unknown sector', Operations.CREATE_AGENCY, () => ({ input: { name: 'Office', sector: 'SPACE' } }), 'sector'],
    ['an unknown input field', Operations.CREATE_AGENCY, () => ({ input: { name: 'Office', sector: 'HOUSING', secret: 1 } }), 'secret'],
    ['a missing field', Operations.CREATE_AGENCY, () => ({ input: { name: 'Office' } }), 'sector'],
    ['a malformed email', Operations.CREATE_USER, () => user({ email: 'not an email' }), 'email'],
    ['a short password', Operations.CREATE_USER, () => user({ password: 'short' }), 'password'],
    ['no roles', Operations.CREATE_USER, () => user({ roles: [] }), 'roles'],
    ['a repeated role', Operations.CREATE_USER, () => user({ roles: ['ADMIN', 'ADMIN'] }), 'roles'],
    ['an unknown role', Operations.CREATE_USER, () => user({ roles: ['ROOT'] }), 'roles'],
    ['a wrong type', Operations.CREATE_USER, () => user({ displayName: 42 }), 'displayName'],
    ['a huge display name', Operations.CREATE_USER, () => user({ displayName: '名'.repeat(5000) }), 'displayName'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, operation, variables, field) => {
    const error = await t.http.as(admin).error(operation, variables());
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(field);
    for (const leak of LEAKS) expect(error.response.raw).not.toMatch(leak);
  });

  it.each([
    ['a NUL byte', 'Office\u0000Name'],
    ['a lone surrogate', 'Office \ud800'],
  ])('refuses text with %s, which could not be stored as given', async (_case, name) => {
    const error = await t.http.as(admin).error(Operations.CREATE_AGENCY, { input: { name, sector: 'HOUSING' } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('input.name');
  });

  it('writes nothing for a refused mutation', async () => {
    const before = await t.dataSource.query<{ n: string }[]>('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM agencies) AS n');
    await t.http.as(admin).error(Operations.CREATE_USER, user({ password: 'short' }));
    await t.http.as(admin).error(Operations.CREATE_AGENCY, { input: { name: '', sector: 'HOUSING' } });
    const after = await t.dataSource.query<{ n: string }[]>('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM agencies) AS n');
    expect(after).toEqual(before);
  });

  it.each([
    ['a syntax error', '{ me { id '],
    ['an unknown field', '{ me { id password } }'],
    ['an unknown operation', '{ everything }'],
  ])('answers %s in the query with 400 and BAD_USER_INPUT', async (_case, query) => {
    const error = await t.http.as(admin).error(query);
    expect(error.response.status).toBe(400);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    for (const leak of LEAKS) expect(error.response.raw).not.toMatch(leak);
  });

  it.each([
    ['without a token', undefined],
    ['with a token', 'admin'],
  ])('answers a subscription sent over HTTP %s with 400 and BAD_USER_INPUT, and logs no stack trace', async (_case, who) => {
    const logged: string[] = [];
    const record = (chunk: unknown): boolean => {
      logged.push(String(chunk));
      return true;
    };
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(record);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(record);
    let error: Awaited<ReturnType<GraphQLHttpClient['error']>>;
    try {
      error = await (who ? t.http.as(admin) : t.http).error(Operations.TASK_EVENTS);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(error.response.status).toBe(400);
    expect(error.response.data).toBeUndefined();
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/subscriptions are served over graphql-ws/);
    expect(logged.join('')).not.toMatch(/\bat .+:\d+:\d+|Error/);
  });

  it.each([
    ['a truncated body', '{"query":'],
    ['a body that is not JSON at all', 'query { me { id } }'],
    ['a JSON string with a bad escape', '{"query":"\\x"}'],
  ])('answers %s with 400 and a GraphQL errors array', async (_case, body) => {
    const response = await fetch(t.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const answer = (await response.json()) as unknown;
    expect(answer).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it.each(['not-a-uuid', "1' OR '1'='1", '９９'])('answers NOT_FOUND for the id %j without asking the database to cast it', async (id) => {
    const error = await t.http.as(admin).error(Operations.DEACTIVATE_USER, { id });
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.response.raw).not.toMatch(LEAKS[3] as RegExp);
  });

  it('refuses a request body over the size limit without a stack trace', async () => {
    const response = await fetch(t.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: Operations.ME, variables: { pad: 'x'.repeat(300 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    expect((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps Apollo’s CSRF prevention: a simple form post is refused', async () => {
    const response = await fetch(`${t.graphqlUrl}?query=${encodeURIComponent('{ me { id } }')}`, { method: 'GET' });
    expect(response.status).toBe(400);
  });
});
