import type { SqlCondition } from '@renkei/access';
import { DomainError, isUuid } from '@renkei/kernel';
import { decodeCursor, encodeCursor } from '@renkei/graphql';
import type { ResourceFilter } from './dto/resource.input.js';
import { normalise, queryGrams } from './normalise.js';
import type { ResourceSearchKeys } from './resource-search-keys.js';

/** How well a resource matches the text: name or kana, organization, description, or only by its grams. */
export enum MatchRank {
  NAME = 0,
  ORGANIZATION = 1,
  DESCRIPTION = 2,
  SCATTERED = 3,
}

/** A directory search, compiled: the WHERE conditions over `r`, and the ranking of the text. */
export interface CompiledSearch {
  readonly conditions: SqlCondition[];
  /** The SQL of the rank (a constant without text), and the same rule in JavaScript for cursors. */
  readonly rankSql: string;
  readonly rankOf: (keys: Pick<ResourceSearchKeys, 'nameKey' | 'kanaKey' | 'organizationKey' | 'descriptionKey'>) => MatchRank;
}

/**
 * The conditions of a filter: all of the text's grams (the GIN index on `search_grams`
 * finds them), any of the targets and forms, the area, open on the day (and at the time).
 */
export function compileSearch(filter: ResourceFilter | null | undefined): CompiledSearch {
  const conditions: SqlCondition[] = [];
  if (!filter?.includeInactive) conditions.push({ sql: 'r.active', params: {} });
  if (filter?.targets?.length) conditions.push({ sql: 'r.targets && CAST(:targets AS resource_target[])', params: { targets: filter.targets } });
  if (filter?.forms?.length) conditions.push({ sql: 'r.forms && CAST(:forms AS participation_form[])', params: { forms: filter.forms } });
  if (filter?.area) conditions.push({ sql: 'r.area = :area', params: { area: filter.area } });
  if (filter?.at) {
    const day = filter.dayOfWeek ? `s->>'dayOfWeek' = :day AND ` : '';
    conditions.push({
      // "HH:MM" strings compare as times.
      sql: `EXISTS (SELECT 1 FROM jsonb_array_elements(r.schedules) s WHERE ${day}s->>'opensAt' <= :at AND s->>'closesAt' > :at)`,
      params: { at: filter.at, ...(filter.dayOfWeek ? { day: filter.dayOfWeek } : {}) },
    });
  } else if (filter?.dayOfWeek) {
    conditions.push({ sql: 'r.schedules @> CAST(:dayJson AS jsonb)', params: { dayJson: JSON.stringify([{ dayOfWeek: filter.dayOfWeek }]) } });
  }
  const key = normalise(filter?.text ?? '');
  // A constant rank; an expression, since a bare integer in ORDER BY names a column.
  if (!key) return { conditions, rankSql: `CAST(${MatchRank.NAME} AS integer)`, rankOf: () => MatchRank.NAME };
  conditions.push({ sql: 'r.search_grams @> CAST(:grams AS text[])', params: { grams: queryGrams(key) } });
  const has = (column: string) => `strpos(r.${column}, :textKey) > 0`;
  return {
    conditions,
    rankSql: `(CASE WHEN ${has('name_key')} OR ${has('kana_key')} THEN ${MatchRank.NAME} WHEN ${has('organization_key')} THEN ${MatchRank.ORGANIZATION} WHEN ${has('description_key')} THEN ${MatchRank.DESCRIPTION} ELSE ${MatchRank.SCATTERED} END)`,
    rankOf: (keys) =>
      keys.nameKey.includes(key) || keys.kanaKey.includes(key)
        ? MatchRank.NAME
        : keys.organizationKey.includes(key)
          ? MatchRank.ORGANIZATION
          : keys.descriptionKey.includes(key)
            ? MatchRank.DESCRIPTION
            : MatchRank.SCATTERED,
  };
}

/** The params the rank needs, beside the conditions'. */
export function rankParams(filter: ResourceFilter | null | undefined): Record<string, string> {
  const key = normalise(filter?.text ?? '');
  return key ? { textKey: key } : {};
}

/** The keyset of the order (rank, 五十音順 of the kana, id), as an opaque cursor. */
export function resourceCursor(rank: MatchRank, kanaKey: string, id: string): string {
  return encodeCursor([rank, kanaKey, id]);
}

/** The condition for the rows after a cursor of {@link resourceCursor}. */
export function afterCursor(after: string, rankSql: string): SqlCondition {
  const [rank, kanaKey, id] = decodeCursor(after, 3);
  if (typeof rank !== 'number' || typeof kanaKey !== 'string' || typeof id !== 'string' || !isUuid(id)) throw DomainError.badInput([{ field: 'after', message: 'is not a cursor this API issued' }]);
  return { sql: `(${rankSql}, r.kana_key, r.id) > (CAST(:afterRank AS int), CAST(:afterKana AS text), CAST(:afterId AS uuid))`, params: { afterRank: rank, afterKana: kanaKey, afterId: id } };
}
