import { registerEnumType } from '@nestjs/graphql';
import { CsvEncoding } from './csv-encoding.js';

/** How a column's values are written: text as text, numbers as numbers, dates as JST dates. */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime';

/**
 * One column of a list as a spreadsheet shows it. A `date` is a JST calendar date
 * (a LocalDate "YYYY-MM-DD" or an instant); a `datetime` an instant shown to the minute in JST.
 */
export interface SheetColumn<Row> {
  readonly header: string;
  readonly type: ColumnType;
  readonly value: (row: Row) => string | number | Date | null;
}

/** A list as one sheet: its name (the Excel tab), its columns and its rows. */
export interface Sheet<Row> {
  readonly name: string;
  readonly columns: readonly SheetColumn<Row>[];
  readonly rows: readonly Row[];
}

/** The file a list is saved as: CSV (UTF-8 with a BOM, or Shift_JIS) or an Excel workbook. */
export enum SpreadsheetFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

registerEnumType(SpreadsheetFormat, { name: 'SpreadsheetFormat', description: 'The file a list is saved as: CSV, or an Excel workbook (.xlsx).' });
registerEnumType(CsvEncoding, { name: 'CsvEncoding', description: 'The encoding of a CSV file: UTF-8, or Shift_JIS (Windows-31J, as Excel writes it).' });
