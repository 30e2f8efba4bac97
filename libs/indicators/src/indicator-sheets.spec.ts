import { definitionOf } from './indicator-catalog.js';
import { IndicatorKey } from './indicator-enums.js';
import { figureOf } from './indicator-figures.js';
import { indicatorSheet } from './indicator-sheets.js';

// 地域づくり in two months: two activities in March (kinds 1 and 1), five in April (kind 5).
const rows = [
  { month: null, cell: null, value: 7, n: 7 },
  { month: '2027-03', cell: null, value: 2, n: 2 },
  { month: '2026-04', cell: null, value: 5, n: 5 },
  { month: null, cell: 'EXCHANGE', value: 6, n: 6 },
  { month: null, cell: 'LEARNING', value: 1, n: 1 },
];
const months = ['2026-04', '2027-03'];
const figure = figureOf(definitionOf(IndicatorKey.COMMUNITY_ACTIVITIES), rows, months, new Map());
const values = (threshold: number | null) => {
  const sheet = indicatorSheet([figure], months, new Map([[IndicatorKey.COMMUNITY_ACTIVITIES, 10]]), threshold);
  return sheet.rows.map((row) => [row.cell, ...sheet.columns.slice(4).map((column) => column.value(row))]);
};

describe('indicatorSheet', () => {
  it('shows the municipality its own figures whole, with the target on the total', () => {
    expect(values(null)).toEqual([
      ['合計', 7, 10, 5, 2, ''],
      ['交流会・サロン', 6, null, null, null, ''],
      ['学習会・講座', 1, null, null, null, ''],
    ]);
  });

  it('leaves no count from 1 to below the threshold in a table for outside, nor one the others give back', () => {
    expect(values(3)).toEqual([
      ['合計', 7, 10, null, null, '秘匿あり（小さな数）'], // April too: 7 − 5 would give March back
      ['交流会・サロン', null, null, null, null, '秘匿あり（小さな数）'],
      ['学習会・講座', null, null, null, null, '秘匿あり（小さな数）'],
    ]);
  });
});
