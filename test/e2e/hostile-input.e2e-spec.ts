import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { QUERY_LIMITS } from '@renkei/graphql';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, useTestApp, type Staff, type TestWsClient } from '@renkei/testing';
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';

/**
 * Operations generated from the schema the server serves, with hostile values in every
 * argument: huge strings, NUL bytes, lone surrogates, full-width text, 2^53, SQL
 * metacharacters, unknown fields, wrong types. Seeded, so a failure replays.
 */
const SEED = 20261122;
const HTTP_RUNS = 1_600;
const WS_RUNS = 600;
const UNPARSABLE_RUNS = 400;
// An upper bound only: each property takes seconds on an idle machine, far longer on a busy one.
const PROPERTY_TIMEOUT_MS = 300_000;

const CONTRACT_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED']);
const LEAKS = [/\bat .+\(.+:\d+:\d+\)/, /stacktrace/i, /\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET)\b/, /violates|QueryFailed|syntax error at or near|invalid input syntax/i, /node_modules|\.ts:\d+/];

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '０１２３ ＡＢＣ　全角', "'; DROP TABLE users; --", '" OR 1=1 --', '%_\\', '${{7*7}}', '<script>alert(1)</script>', '../../etc/passwd', '𠮷野家'),
  fc.string({ minLength: 5_000, maxLength: 5_000 }).map((s) => s.repeat(4)),
  fc.uuid(),
);
const hostileNumber = fc.oneof(fc.integer(), fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 31, -1, 0, 1.5, 1e308));
const wrongType = fc.oneof(hostileNumber, fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), hostileString);

function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 9, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return fc.oneof(fc.array(valueFor(type.ofType, depth + 1), { maxLength: 4 }), wrongType);
  if (isEnumType(type)) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: wrongType });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record = Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)]));
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(record, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }).map((v) => ({ ...v, unexpected: 'field' })) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return fc.oneof({ weight: 3, arbitrary: hostileNumber }, { weight: 1, arbitrary: wrongType });
      case 'Boolean':
        return fc.oneof(fc.boolean(), wrongType);
      case 'DateTime':
        return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2026-02-30T00:00:00Z', 'not a date', '+275760-09-13T00:00:00.001Z', '1970-01-01'), hostileNumber);
      default:
        return fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
    }
  }
  return wrongType;
}

interface Operation {
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): fc.Arbitrary<Operation> {
  const args: readonly GraphQLArgument[] = field.args;
  const signature = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${kind} Fuzz${signature} { ${field.name}${call}${selection} }`;
  return fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type)]))).map((variables) => ({ query, variables, mutation: kind === 'mutation' }));
}

// What breaks a document: cut short, a stray or unbalanced token, a bad string escape, a flood of tokens.
const BREAKERS = ['{', '}', '(', ')', '[', '"', '"""', '"\\ud800"', '"\\x"', '"\\u{110000}"', '"\\uD83D"', '$', '@', '...', '!', '&', '=', '#', '1.e', '0x1', '-', '\u0000', '\u0007', '"\n"', 'query', 'fragment'];

function unparsable(operation: fc.Arbitrary<Operation>): fc.Arbitrary<string> {
  return fc
    .tuple(operation, fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...BREAKERS), fc.string({ maxLength: 3 })), fc.constantFrom('cut', 'insert', 'flood'))
    .map(([{ query }, at, breaker, how]) => {
      const position = Math.floor(at * query.length);
      if (how === 'cut') return query.slice(0, position);
      if (how === 'insert') return `${query.slice(0, position)}${breaker}${query.slice(position)}`;
      return query.replace('{', `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)}`);
    });
}

const parses = (document: string): boolean => {
  try {
    parse(document, { maxTokens: QUERY_LIMITS.maxTokens });
    return true;
  } catch {
    return false;
  }
};

describe('hostile input, generated from the schema', () => {
  const s = useTestApp({ RATE_LIMIT_EXPENSIVE_PER_MINUTE: '100000' });
  let tokens: string[] = [];
  let operations: fc.Arbitrary<Operation>;
  let socket: TestWsClient;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const counts = { http: 0, ws: 0, rejectedMutations: 0, accepted: 0 };

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    const coordinator: Staff = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    const caseworker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    await new CaseFixtures(s.app).openCase(coordinator.token);
    tokens = [await s.fixtures.admin(), coordinator.token, caseworker.token];
    socket = s.app.ws(coordinator.token);
    const schema = s.app.app.get(GraphQLSchemaHost).schema;
    const fields = (kind: 'query' | 'mutation') => Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).map((f) => operationFor(kind, f));
    operations = fc.oneof(...fields('query'), ...fields('mutation'));
    const tables = await s.app.dataSource.query<{ name: string }[]>(`SELECT quote_ident(relname) AS name FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY relname`);
    countEveryTable = `SELECT concat_ws(',', ${tables.map(({ name }) => `'${name}:' || (SELECT count(*) FROM ${name})`).join(', ')}) AS fp`;
  });

  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    process.stdout.write(`hostile input: ${counts.http} operations over HTTP, ${counts.ws} over WebSocket; ${counts.rejectedMutations} rejected mutations checked for no change\n`);
  });

  // Rows in every table, plus the audit trail (which every accepted mutation extends): one
  // statement, written once from the table list, as it runs twice for every mutation. The
  // trail is counted linked: the sequencer moves entries from its inbox into the chain at any
  // moment, and an entry appended by the mutation is a new row of the chain once linked.
  let countEveryTable = '';
  const fingerprint = async () => {
    await s.app.auditLinked();
    return (await s.app.dataSource.query<{ fp: string }[]>(countEveryTable))[0]?.fp;
  };

  function assertClean(raw: string, errors: { extensions?: { code?: string } }[] | undefined): void {
    for (const leak of LEAKS) expect(raw).not.toMatch(leak);
    for (const error of errors ?? []) expect(CONTRACT_CODES).toContain(error.extensions?.code);
  }

  it(`${HTTP_RUNS} operations over HTTP: no 5xx, no internal error, no leak, and a rejected mutation changes nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(operations, fc.nat({ max: 2 }), async (operation, who) => {
        const before = operation.mutation ? await fingerprint() : null;
        const response = await fetch(s.app.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
          body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        });
        counts.http += 1;
        expect(response.status).toBeLessThan(500);
        const raw = await response.text();
        const body = (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(raw) as { errors?: { extensions?: { code?: string } }[] }) : {};
        assertClean(raw, body.errors);
        if (operation.mutation && (body.errors?.length || response.status >= 400)) {
          counts.rejectedMutations += 1;
          expect(await fingerprint()).toBe(before);
        } else counts.accepted += 1;
      }),
      { seed: SEED, numRuns: HTTP_RUNS, endOnFailure: true },
    );
    expect(unhandled).toEqual([]);
  }, PROPERTY_TIMEOUT_MS);

  it(`${UNPARSABLE_RUNS} unparsable documents over HTTP: 400 with BAD_USER_INPUT, never a 5xx`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(unparsable(operations), fc.nat({ max: 2 }), async (document, who) => {
        const response = await fetch(s.app.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
          body: JSON.stringify({ query: document }),
        });
        counts.http += 1;
        const raw = await response.text();
        expect(response.status).toBeLessThan(500);
        const body = JSON.parse(raw) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        assertClean(raw, body.errors);
        if (parses(document)) return;
        refused += 1;
        expect(response.status).toBe(400);
        expect(body.data).toBeUndefined();
        expect(body.errors?.length).toBeGreaterThan(0);
        expect(body.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
      }),
      { seed: SEED + 2, numRuns: UNPARSABLE_RUNS, endOnFailure: true },
    );
    // Most mutilations break the document; a suite that sent only parsable ones would prove nothing.
    expect(refused).toBeGreaterThan(UNPARSABLE_RUNS / 2);
    expect(unhandled).toEqual([]);
  }, PROPERTY_TIMEOUT_MS);

  it(`${UNPARSABLE_RUNS} unparsable documents over WebSocket: BAD_USER_INPUT, and the socket stays open`, async () => {
    await fc.assert(
      fc.asyncProperty(unparsable(operations), async (document) => {
        const result = await socket.execute(document);
        counts.ws += 1;
        assertClean(JSON.stringify(result), result.errors);
        if (parses(document)) return;
        expect(result.errors?.length).toBeGreaterThan(0);
        expect(result.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
      }),
      { seed: SEED + 3, numRuns: UNPARSABLE_RUNS, endOnFailure: true },
    );
    expect(unhandled).toEqual([]);
  }, PROPERTY_TIMEOUT_MS);

  it(`${WS_RUNS} operations over WebSocket: the same answers, and the socket stays open`, async () => {
    await fc.assert(
      fc.asyncProperty(operations, async (operation) => {
        const result = await socket.execute(operation.query, operation.variables);
        counts.ws += 1;
        assertClean(JSON.stringify(result), result.errors);
      }),
      { seed: SEED + 1, numRuns: WS_RUNS, endOnFailure: true },
    );
    expect(unhandled).toEqual([]);
  }, PROPERTY_TIMEOUT_MS);
});
