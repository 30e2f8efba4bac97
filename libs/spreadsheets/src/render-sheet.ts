import { CsvEncoding } from './csv-encoding.js';
import { renderCsv } from './render-csv.js';
import { renderXlsx } from './render-xlsx.js';
import { SpreadsheetFormat, type Sheet } from './sheet.js';

export interface RenderedSheet {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly extension: 'csv' | 'xlsx';
}

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A list as the file a person saves: CSV in the encoding (UTF-8 with a BOM unless told
 * Shift_JIS) or an Excel workbook (the encoding does not apply). Throws UndecodableCsv when
 * Shift_JIS cannot hold a character of the list.
 */
export async function renderSheet<Row>(sheet: Sheet<Row>, format: SpreadsheetFormat, encoding: CsvEncoding = CsvEncoding.UTF8): Promise<RenderedSheet> {
  if (format === SpreadsheetFormat.XLSX) return { bytes: await renderXlsx(sheet), contentType: XLSX_CONTENT_TYPE, extension: 'xlsx' };
  const charset = encoding === CsvEncoding.SHIFT_JIS ? 'Shift_JIS' : 'utf-8';
  return { bytes: renderCsv(sheet, encoding), contentType: `text/csv; charset=${charset}`, extension: 'csv' };
}
