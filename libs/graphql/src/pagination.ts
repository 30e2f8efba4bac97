import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DomainError } from '@renkei/kernel';

@ObjectType({ description: 'Where a page of a connection stands (Relay cursor connections). Pages are read forwards with `first` (at most 100) and `after`.' })
export class PageInfo {
  @Field({ description: 'Whether items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items come before the first one of this page: true when the page was read after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of this page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item of this page (pass it as `after` for the next page); null for an empty page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type named `<Name>Connection`, with `<Name>Edge`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items: at most ${MAX_PAGE_SIZE} per request (\`first\`), then the next after \`pageInfo.endCursor\`.` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All items the caller may see under the same filter, across pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** The largest page a connection serves (`first`). */
export const MAX_PAGE_SIZE = 100;

/** A keyset cursor: opaque to clients, the sort key of the last row to them. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === 'string' || typeof p === 'number')) return parts;
  } catch {
    // Falls through to the same answer as a well-formed but foreign cursor.
  }
  throw DomainError.badInput([{ field: 'after', message: 'is not a cursor this API issued' }]);
}

/**
 * Builds the connection from one page fetched with `first + 1` rows (the extra row means
 * "more"); `after` is the cursor the page was read after, if any.
 */
export function toConnection<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => string, after?: string): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: after !== undefined && after !== null, startCursor: edges.at(0)?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * The outbox event id a client holds, from what it sends as `after`: the event's `id` as
 * the schema tells clients to keep it ("42"), or a cursor this API issued for it (an edge
 * `cursor` of taskEventsSince, encoded or, since events are their own cursors, the id).
 */
export function eventIdOf(after: string, field = 'after'): string {
  const id = /^\d{1,18}$/.test(after) ? after : String(decodeCursor(after, 1)[0]);
  if (!/^\d{1,18}$/.test(id)) throw DomainError.badInput([{ field, message: 'is neither an event id nor a cursor this API issued' }]);
  return id;
}
