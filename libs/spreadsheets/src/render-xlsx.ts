import ExcelJS from 'exceljs';
import { jstWallClock } from './jst-cells.js';
import type { ColumnType, Sheet, SheetColumn } from './sheet.js';

/** Cell formats: JST dates as Japanese offices write them, integers without decimals. */
const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = { integer: '0', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' };
// Excel's limits on a tab's name: 31 characters, none of : \ / ? * [ ].
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * A sheet as an Excel workbook: typed cells (numbers as numbers, dates as dates in JST, text
 * as text, so a cell starting with "=" is never a formula), a bold header row frozen above
 * the rows, columns as wide as their contents.
 */
export async function renderXlsx<Row>(sheet: Sheet<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.name.replace(SHEET_NAME_FORBIDDEN, '_').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: width(sheet, column), style: { numFmt: NUMBER_FORMATS[column.type] } }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((column) => xlsxCell(column, row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function xlsxCell<Row>(column: SheetColumn<Row>, row: Row): string | number | Date | null {
  const value = column.value(row);
  if (value === null || typeof value === 'number') return value;
  if (column.type === 'date' || column.type === 'datetime') return jstWallClock(value, column.type);
  return value instanceof Date ? jstWallClock(value, 'datetime') : value;
}

/** As wide as the longest cell, a full-width character counting two, within bounds. */
function width<Row>(sheet: Sheet<Row>, column: SheetColumn<Row>): number {
  const shown = (value: string | number | Date | null): number => {
    if (value === null) return 0;
    if (value instanceof Date) return column.type === 'date' ? 10 : 16;
    return [...String(value)].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  };
  const longest = Math.max(shown(column.header), ...sheet.rows.map((row) => shown(column.value(row))));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
