import type { Sheet, SheetColumn } from '@renkei/spreadsheets';
import type { Figure } from './indicator-figures.js';
import { GROUP_TITLES } from './indicator-catalog.js';
import type { NationalReportRowModel } from './indicator-admin.model.js';
import { publishFigure, type PublishedCount } from './suppression.js';

/** One line of the indicator table: an indicator's total or one of its breakdown cells. */
interface ReportLine {
  readonly group: string;
  readonly title: string;
  readonly cell: string;
  readonly unit: string;
  readonly total: PublishedCount;
  readonly target: number | null;
  readonly months: readonly PublishedCount[];
}

const SUPPRESSED_NOTE = '秘匿あり（小さな数）';

/**
 * The indicator table as a sheet: each indicator's total (内訳「合計」) and its cells, the actual,
 * the target and each month. With a threshold (外部提出用) small counts are left blank and noted;
 * without one the figures are the municipality's own, shown whole.
 */
export function indicatorSheet(figures: readonly Figure[], months: readonly string[], targets: ReadonlyMap<string, number>, threshold: number | null): Sheet<ReportLine> {
  const rows = figures.flatMap((figure) => {
    const { definition } = figure;
    const published = publishFigure(figure, threshold);
    const line = (cell: string, total: PublishedCount, monthly: readonly PublishedCount[], target: number | null): ReportLine => ({
      group: GROUP_TITLES[definition.group],
      title: definition.title,
      cell,
      unit: definition.unit,
      total,
      target,
      months: monthly,
    });
    return [line('合計', published.total, published.months, targets.get(definition.key) ?? null), ...published.cells.map((cell) => line(cell.label, cell, [], null))];
  });
  const columns: SheetColumn<ReportLine>[] = [
    { header: '区分', type: 'text', value: (row) => row.group },
    { header: '指標', type: 'text', value: (row) => row.title },
    { header: '内訳', type: 'text', value: (row) => row.cell },
    { header: '単位', type: 'text', value: (row) => row.unit },
    { header: '実績', type: 'decimal', value: (row) => row.total.value },
    { header: '目標', type: 'decimal', value: (row) => row.target },
    ...months.map((month, i): SheetColumn<ReportLine> => ({ header: month, type: 'decimal', value: (row) => row.months[i]?.value ?? null })),
    { header: '備考', type: 'text', value: (row) => ([row.total, ...row.months].some((count) => count.suppressed) ? SUPPRESSED_NOTE : '') },
  ];
  return { name: '指標', columns, rows };
}

/** The national report (国への報告) as a sheet: its rows, suppressed ones blank and noted. */
export function nationalSheet(rows: readonly NationalReportRowModel[]): Sheet<NationalReportRowModel> {
  return {
    name: '国への報告',
    columns: [
      { header: '項目', type: 'text', value: (row) => row.label },
      { header: '値', type: 'decimal', value: (row) => row.value },
      { header: '備考', type: 'text', value: (row) => (row.suppressed ? SUPPRESSED_NOTE : '') },
    ],
    rows,
  };
}
