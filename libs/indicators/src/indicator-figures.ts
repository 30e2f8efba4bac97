import { CELL_LABELS } from './cell-labels.js';
import type { FactRow } from './fact-query.js';
import type { IndicatorDefinition } from './indicator-catalog.js';

/** A number and how many records (or people) it rests on: what suppression looks at. */
export interface Count {
  readonly value: number;
  readonly n: number;
}

/** An indicator's figures for a period: the total, each breakdown cell, each month. */
export interface Figure {
  readonly definition: IndicatorDefinition;
  readonly total: Count;
  readonly cells: readonly (Count & { readonly key: string; readonly label: string })[];
  readonly months: readonly (Count & { readonly month: string })[];
}

const NONE: Count = { value: 0, n: 0 };

// Days are shown to one decimal; counts are whole already.
function countOf(row: FactRow | undefined): Count {
  return row ? { value: Math.round((row.value ?? 0) * 10) / 10, n: row.n } : NONE;
}

/**
 * The figure of one indicator from its grouped rows: every month of the period (zero when
 * nothing happened), the cells in the order of their labels' table (agencies by name).
 */
export function figureOf(definition: IndicatorDefinition, rows: readonly FactRow[], months: readonly string[], agencyNames: ReadonlyMap<string, string>): Figure {
  const total = countOf(rows.find((row) => row.month === null && row.cell === null));
  const byMonth = new Map(rows.filter((row) => row.month !== null && row.cell === null).map((row) => [row.month, row]));
  const cellRows = definition.cells ? rows.filter((row) => row.month === null && row.cell !== null) : [];
  const labels: Record<string, string> | null = definition.cells && definition.cells !== 'agency' ? CELL_LABELS[definition.cells] : null;
  const cells = cellRows.map((row) => {
    const key = row.cell ?? '';
    return { key, label: (labels ? labels[key] : agencyNames.get(key)) ?? key, ...countOf(row) };
  });
  const order = labels ? Object.keys(labels) : [];
  cells.sort((a, b) => (labels ? order.indexOf(a.key) - order.indexOf(b.key) : a.label.localeCompare(b.label, 'ja')));
  return { definition, total, cells, months: months.map((month) => ({ month, ...countOf(byMonth.get(month)) })) };
}
