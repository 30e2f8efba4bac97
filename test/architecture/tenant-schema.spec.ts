import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '@renkei/testing';
import pg from 'pg';
import { FOREIGN_KEYS_WITHOUT_MUNICIPALITY, GLOBAL_TABLES, KEYS_WITHOUT_MUNICIPALITY, REACHED_THROUGH_PARENT } from './tenant-tables.js';

const TENANT_COLUMN = 'municipality_id';

interface TableShape {
  name: string;
  columns: string[];
  /** Primary key, unique constraints and unique indexes; `partial` for those with a WHERE. */
  keys: { columns: string[]; partial: boolean }[];
  foreignKeys: { columns: string[]; parent: string; parentColumns: string[] }[];
}

// One statement over the catalogue: every ordinary or partitioned table of the public schema
// (partitions excluded: they are their parent's), with its columns, unique keys and foreign keys.
const SCHEMA = `
  SELECT c.relname AS name,
    (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
    (SELECT coalesce(json_agg(json_build_object(
        'columns', (SELECT array_agg(coalesce(a.attname::text, '(expression)') ORDER BY k.ord)
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum),
        'partial', i.indpred IS NOT NULL)), '[]')
      FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique) AS keys,
    (SELECT coalesce(json_agg(json_build_object(
        'columns', (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(f.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.attnum),
        'parent', f.confrelid::regclass::text,
        'parentColumns', (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(f.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.attnum))), '[]')
      FROM pg_constraint f WHERE f.conrelid = c.oid AND f.contype = 'f') AS "foreignKeys"
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  ORDER BY c.relname`;

describe('the schema is ready to be distributed by municipality (docs/scaling.md)', () => {
  let database: TestDatabase;
  let tables: Map<string, TableShape>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<TableShape>(SCHEMA);
      tables = new Map(rows.map((table) => [table.name, table]));
    } finally {
      await client.end();
    }
  });

  afterAll(() => database?.drop());

  const carriesTenant = (name: string) => tables.get(name)?.columns.includes(TENANT_COLUMN) ?? false;
  const tenantTables = () => [...tables.values()].filter((table) => table.columns.includes(TENANT_COLUMN));

  it('gives every table holding a municipality’s rows a municipality_id, or a listed reason', () => {
    const unplaced = [...tables.keys()].filter((name) => !carriesTenant(name) && !(name in GLOBAL_TABLES) && !(name in REACHED_THROUGH_PARENT));
    expect(unplaced).toEqual([]);
  });

  it('keeps the allow-lists true: every entry names a table without the column', () => {
    const listed = [...Object.keys(GLOBAL_TABLES), ...Object.keys(REACHED_THROUGH_PARENT)];
    expect(listed.filter((name) => !tables.has(name))).toEqual([]);
    expect(listed.filter(carriesTenant)).toEqual([]);
  });

  it('reaches every table listed as reached through a parent from a table that carries the municipality', () => {
    const unreached = Object.entries(REACHED_THROUGH_PARENT).flatMap(([name, { parent, column }]) => {
      const seen = new Set([name]);
      let next: string | undefined = parent;
      while (next && !carriesTenant(next) && !seen.has(next)) {
        seen.add(next);
        next = REACHED_THROUGH_PARENT[next]?.parent;
      }
      return tables.get(name)?.columns.includes(column) && next && carriesTenant(next) ? [] : [`${name} (${column}) → ${parent}`];
    });
    expect(unreached).toEqual([]);
  });

  it('lists every unique key of a municipality table without municipality_id as known debt', () => {
    const keys = tenantTables().flatMap(({ name, keys }) =>
      keys.filter((key) => !key.columns.includes(TENANT_COLUMN)).map((key) => `${name} (${key.columns.join(', ')})${key.partial ? ' partial' : ''}`),
    );
    expect(keys.sort()).toEqual([...KEYS_WITHOUT_MUNICIPALITY].sort());
  });

  it('lists every foreign key between municipality tables without municipality_id as known debt', () => {
    const foreignKeys = tenantTables().flatMap(({ name, foreignKeys }) =>
      foreignKeys
        .filter((fk) => carriesTenant(fk.parent) && !(fk.columns.includes(TENANT_COLUMN) && fk.parentColumns.includes(TENANT_COLUMN)))
        .map((fk) => `${name} (${fk.columns.join(', ')}) → ${fk.parent}`),
    );
    expect(foreignKeys.sort()).toEqual([...FOREIGN_KEYS_WITHOUT_MUNICIPALITY].sort());
  });
});
