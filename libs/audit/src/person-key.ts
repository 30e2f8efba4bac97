import { nameKeySql } from '@renkei/kernel';

/**
 * The reading key (kernel's nameKey) of a column, compared with `key`, in PostgreSQL (the database is UTF8);
 * parameters are named with `prefix` so the condition can join any query.
 */
export function kanaKeyEquals(column: string, key: string, prefix: string): { sql: string; params: Record<string, string> } {
  const expression = nameKeySql(column, prefix);
  return { sql: `${expression.sql} = :${prefix}key`, params: { ...expression.params, [`${prefix}key`]: key } };
}
