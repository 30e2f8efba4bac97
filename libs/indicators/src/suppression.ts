import type { Count, Figure } from './indicator-figures.js';

/** A figure as it leaves the municipality: null where it is suppressed. */
export interface PublishedCount {
  readonly value: number | null;
  readonly suppressed: boolean;
}

// Units that count people or things one could point at; days are not counts.
const COUNTING_UNITS = new Set(['件', '人', '回', 'か所', '団体']);

/**
 * 小さな数の秘匿: a figure resting on fewer than `threshold` records (but more than none), or a
 * count itself that small, is not shown outside the municipality, so no person can be
 * re-identified from a table.
 */
export function publish(count: Count, unit: string, threshold: number): PublishedCount {
  const small = (x: number) => x > 0 && x < threshold;
  const suppressed = small(count.n) || (COUNTING_UNITS.has(unit) && small(count.value));
  return { value: suppressed ? null : count.value, suppressed };
}

/**
 * Secondary suppression: parts that add up to a shown total (cells, months) must not leave one
 * suppressed part alone, or the total minus the others gives it back. The smallest other part
 * above zero is suppressed with it.
 */
export function withComplement<T extends PublishedCount>(parts: readonly T[], originals: readonly Count[]): T[] {
  if (parts.filter((part) => part.suppressed).length !== 1) return [...parts];
  const candidates = parts.map((part, i) => ({ part, i, value: originals[i]?.value ?? 0 })).filter(({ part, value }) => !part.suppressed && value > 0);
  const smallest = candidates.sort((a, b) => a.value - b.value)[0];
  return parts.map((part, i) => (i === smallest?.i ? { ...part, value: null, suppressed: true } : part));
}

/** Every number of a figure, published: the total, each cell, each month, none given back by the others; as it is without a threshold. */
export function publishFigure(figure: Figure, threshold: number | null) {
  const { unit } = figure.definition;
  const shown = (count: Count): PublishedCount => (threshold === null ? { value: count.value, suppressed: false } : publish(count, unit, threshold));
  return {
    total: shown(figure.total),
    cells: withComplement(
      figure.cells.map((cell) => ({ key: cell.key, label: cell.label, ...shown(cell) })),
      figure.cells,
    ),
    months: withComplement(
      figure.months.map((month) => ({ month: month.month, ...shown(month) })),
      figure.months,
    ),
  };
}
