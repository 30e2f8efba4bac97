import { addDays, jstMidnight } from '@renkei/kernel';
import type { FactSource } from './fact-source.js';
import type { Period } from './indicator-period.js';

/** Whose figures, for which period: the municipality, and one of its agencies or all. */
export interface FactScope {
  readonly municipalityId: string;
  readonly period: Pick<Period, 'from' | 'to'>;
  readonly agencyId: string | null;
  /** The clock's instant, for figures that depend on how long something lasted until today. */
  readonly now: Date;
}

/** One figure: of a month or the whole period (month null), of a breakdown cell or the total (cell null). */
export interface FactRow {
  readonly month: string | null;
  readonly cell: string | null;
  readonly value: number | null;
  /** How many records (or, for distinct counts, subjects) the figure rests on: what suppression looks at. */
  readonly n: number;
}

export interface Statement {
  readonly sql: string;
  readonly params: unknown[];
}

/** The cell of a record the breakdown cannot place (kept apart from the total, whose cell is null). */
export const NO_CELL = '-';

const AGGREGATES: Record<FactSource['measure'], string> = {
  count: 'COUNT(*)',
  distinct: 'COUNT(DISTINCT f.subject)',
  sum: 'COALESCE(SUM(f.subject), 0)',
  median: 'percentile_cont(0.5) WITHIN GROUP (ORDER BY f.subject)',
  average: 'AVG(f.subject)',
};

// The records of the source in the scope: municipality, period (JST), agency, the source's own
// condition and `extra` (given the next free parameter's name); parameters numbered as they are bound.
function chosen(source: FactSource, scope: FactScope, extra?: { value: unknown; condition: (param: string) => string }): Statement {
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  const until = addDays(scope.period.to, 1);
  const cast = source.onDate ? 'date' : 'timestamptz';
  const [from, to] = source.onDate ? [scope.period.from, until] : [jstMidnight(scope.period.from), jstMidnight(until)];
  const conditions = [`${source.municipality} = ${bind(scope.municipalityId)}`, `${source.at} >= ${bind(from)}::${cast}`, `${source.at} < ${bind(to)}::${cast}`];
  if (scope.agencyId && source.agency) conditions.push(`${source.agency} = ${bind(scope.agencyId)}::uuid`);
  if (source.where) conditions.push(`(${source.where.includes(':now') ? source.where.replaceAll(':now', `${bind(scope.now)}::timestamptz`) : source.where})`);
  if (extra) conditions.push(extra.condition(bind(extra.value)));
  return { sql: `FROM ${source.from} WHERE ${conditions.join(' AND ')}`, params };
}

/**
 * The figures of a source in one statement: per month and breakdown cell, per month, per
 * cell and in total (GROUPING SETS), so PostgreSQL reads the records once and Node receives
 * a few dozen numbers, never the records.
 */
export function factStatement(source: FactSource, scope: FactScope): Statement {
  // Grouped by the month's first instant, named only once per group: to_char on every record costs more than the rest.
  const month = source.onDate ? `date_trunc('month', ${source.at})` : `date_trunc('month', ${source.at} AT TIME ZONE 'Asia/Tokyo')`;
  const from = chosen(source, scope);
  const n = source.measure === 'distinct' ? 'COUNT(DISTINCT f.subject)' : 'COUNT(*)';
  const sets = source.cell ? '(f.month, f.cell), (f.month), (f.cell), ()' : '(f.month), ()';
  const sql = [
    `SELECT CASE WHEN GROUPING(f.month) = 0 THEN to_char(f.month, 'YYYY-MM') END AS month, ${source.cell ? `CASE WHEN GROUPING(f.cell) = 0 THEN COALESCE(f.cell::text, '${NO_CELL}') END` : 'NULL::text'} AS cell,`,
    `${AGGREGATES[source.measure]}::float8 AS value, ${n}::int AS n`,
    `FROM (SELECT ${month} AS month, ${source.cell ?? 'NULL::text'} AS cell, ${source.subject ?? 'NULL'} AS subject ${from.sql}) f`,
    `GROUP BY GROUPING SETS (${sets})`,
  ].join(' ');
  return { sql, params: from.params };
}

/** The records behind a figure (or one of its cells): their ids and the JST day each falls on, newest first. */
export function recordStatement(source: FactSource & { record: string }, scope: FactScope, cell: string | null, limit: number): Statement {
  const cellOf = source.cell;
  const from = chosen(source, scope, cell !== null && cellOf ? { value: cell, condition: (param) => `${cellOf}::text = ${param}` } : undefined);
  const day = source.onDate ? `to_char(MIN(${source.at}), 'YYYY-MM-DD')` : `to_char(MIN(${source.at}) AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD')`;
  const owner = source.owner ? `${source.owner}::text` : 'NULL::text';
  return { sql: `SELECT ${source.record}::text AS id, ${owner} AS owner, ${day} AS "on" ${from.sql} GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT ${limit}`, params: from.params };
}
