import { stringify } from 'csv-stringify/sync';
import { CsvEncoding, encodeCsv } from './csv-encoding.js';
import { jstDay, jstMinute } from './jst-cells.js';
import type { Sheet, SheetColumn } from './sheet.js';
import { defuseFormula } from './spreadsheet-formulas.js';

/**
 * A sheet as CSV bytes: the header, then a row per row, CRLF line ends as Excel writes them.
 * Dates are JST ("YYYY-MM-DD", "YYYY-MM-DD HH:mm"); a text cell a spreadsheet would run as
 * a formula is written as text ({@link defuseFormula}). Throws UndecodableCsv when Shift_JIS
 * cannot hold a character.
 */
export function renderCsv<Row>(sheet: Sheet<Row>, encoding: CsvEncoding): Buffer {
  const records = [sheet.columns.map((c) => defuseFormula(c.header)), ...sheet.rows.map((row) => sheet.columns.map((c) => csvCell(c, row)))];
  return encodeCsv(stringify(records, { record_delimiter: 'windows' }), encoding);
}

function csvCell<Row>(column: SheetColumn<Row>, row: Row): string {
  const value = column.value(row);
  if (value === null) return '';
  switch (column.type) {
    case 'date':
      return typeof value === 'number' ? String(value) : jstDay(value);
    case 'datetime':
      return typeof value === 'number' ? String(value) : jstMinute(value);
    case 'integer':
    case 'decimal':
      // A number is never a formula; a string in a number column is text like every other.
      return typeof value === 'number' ? String(value) : defuseFormula(String(value));
    case 'text':
      return defuseFormula(value instanceof Date ? jstMinute(value) : String(value));
  }
}
