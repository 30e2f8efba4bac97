export { SpreadsheetFormat, type ColumnType, type Sheet, type SheetColumn } from './sheet.js';
export { CsvEncoding, decodeCsv, encodeCsv, UndecodableCsv, type DecodedCsv } from './csv-encoding.js';
export { defuseFormula, restoreFormula } from './spreadsheet-formulas.js';
export { renderSheet, type RenderedSheet } from './render-sheet.js';
export { SheetFileArgs } from './sheet-file.args.js';
