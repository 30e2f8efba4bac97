import type { SqlCondition } from '@renkei/access';
import { nameKey, nameKeySql } from '@renkei/kernel';

/**
 * Whether any of `columns` contains the search's key; null when the search has nothing to
 * look for (only spaces). LIKE's wildcards in the search are taken literally.
 */
export function nameMatches(columns: readonly string[], search: string, prefix: string): SqlCondition | null {
  const key = nameKey(search);
  if (!key) return null;
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const keys = columns.map((column) => nameKeySql(column, prefix));
  const sql = keys.map((key) => `${key.sql} LIKE :${prefix}pattern`).join(' OR ');
  return { sql: `(${sql})`, params: { ...keys[0]?.params, [`${prefix}pattern`]: pattern } };
}
