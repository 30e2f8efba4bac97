import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { queryCostRule } from './query-limits.js';

const schema = buildSchema(`
  type Query { events(first: Int! = 20, after: String): EventConnection! tasks: [Task!]! }
  type EventConnection { totalCount: Int! edges: [EventEdge!]! }
  type EventEdge { cursor: String! node: Event! }
  type Event { id: ID! task: Task! }
  type Task { id: ID! title: String! }
`);

// The connection: 2, totalCount: 1; then per item of the page, an edge: 2 + 1 (cursor) + 2 + 1 (node, id) + 2 + 2 (task, id, title) = 10.
const PAGE = 'totalCount edges { cursor node { id task { id title } } }';

/** The cost the rule finds (0 when under `max`, which is set low enough to report it). */
function costOf(query: string): number {
  const errors = validate(schema, parse(query), [queryCostRule(0)]);
  const found = /found (\d+)/.exec(errors[0]?.message ?? '');
  return found ? Number(found[1]) : 0;
}

describe('queryCostRule', () => {
  it('counts a page once per item it may return: a literal first, the argument’s default, or the largest page for a variable', () => {
    expect(costOf(`{ events(first: 100) { ${PAGE} } }`)).toBe(1_003);
    expect(costOf(`{ events { ${PAGE} } }`)).toBe(203);
    expect(costOf(`query Q($n: Int!) { events(first: $n) { ${PAGE} } }`)).toBe(1_003);
    expect(costOf(`query Q($n: Int! = 5) { events(first: $n) { ${PAGE} } }`)).toBe(1_003);
  });

  it('adds up aliased pages and counts fragments and inline fragments like the fields they stand for', () => {
    expect(costOf(`{ a: events(first: 100) { ${PAGE} } b: events(first: 100) { ${PAGE} } }`)).toBe(2_006);
    expect(costOf(`{ events(first: 100) { ...Page } } fragment Page on EventConnection { ${PAGE} }`)).toBe(1_003);
    expect(costOf(`{ events(first: 100) { ... on EventConnection { ${PAGE} } } }`)).toBe(1_003);
  });

  it('does not penalise depth itself, and leaves introspection to its own switch', () => {
    expect(costOf('{ tasks { id title } }')).toBe(4);
    expect(costOf('{ __typename __schema { types { name } } }')).toBe(0);
  });

  it('refuses an operation over the limit as the client’s input, not as a syntax error', () => {
    const errors = validate(schema, parse(`{ a: events(first: 100) { ${PAGE} } b: events(first: 100) { ${PAGE} } }`), [queryCostRule(2_000)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('Query cost limit of 2000 exceeded, found 2006.');
    expect(errors[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    expect(validate(schema, parse(`{ events(first: 100) { ${PAGE} } }`), [queryCostRule(2_000)])).toEqual([]);
  });
});
