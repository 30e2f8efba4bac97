import { CsvError, parse } from 'csv-parse/sync';
import { restoreFormula } from '@renkei/spreadsheets';
import { columnOf, RESOURCE_CSV_COLUMNS, type CsvColumn } from './resource-csv-columns.js';

/** What is wrong where: `line` is the file's physical line (the header is line 1); `field` the column ('' for the whole row). */
export interface CsvRowError {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/**
 * A row as read: an update of `id` when given, else a new resource. `input` has the shape
 * of ResourceInput, not yet its rules: the directory checks those (ResourcesService.upsertMany),
 * so that the CSV and the API accept exactly the same resources.
 */
export interface CsvRow {
  readonly line: number;
  readonly id: string | null;
  readonly input: Record<string, unknown>;
}

export interface ReadCsv {
  readonly rows: CsvRow[];
  readonly errors: CsvRowError[];
}

interface RawRecord {
  readonly cells: string[];
  /** The byte offset just past the record, as csv-parse counts (UTF-8 bytes). */
  readonly end: number;
}

/**
 * Reads the directory's CSV (already decoded) into resource inputs. Every error of the file
 * is reported, each with its line and column, so a whole file can be corrected at once. A
 * row with a cell in error is still returned, without that field, so that the directory's
 * checks of its other cells can be reported too ({@link columnError}).
 */
export function readResourceCsv(text: string): ReadCsv {
  const bytes = Buffer.from(text, 'utf8');
  const lineOf = lineFinder(bytes);
  const { records, syntaxError } = parseRecords(text);
  const errors: CsvRowError[] = [];
  if (syntaxError) errors.push({ line: lineOf(records.at(-1)?.end ?? 0), field: '', message: syntaxError });
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: errors.length ? errors : [{ line: 1, field: '', message: 'the file is empty; the first line must name the columns' }] };
  const { columns, errors: headerErrors } = readHeader(header.cells);
  errors.push(...headerErrors);
  const rows: CsvRow[] = [];
  body.forEach((record, i) => {
    if (record.cells.every((cell) => cell.trim() === '')) return; // a spreadsheet's blank row
    const line = lineOf(records[i].end);
    if (record.cells.length !== header.cells.length) {
      errors.push({ line, field: '', message: `the row has ${record.cells.length} values; the header names ${header.cells.length} columns` });
      return;
    }
    const { input, errors: cellErrors } = readRow(record.cells, columns);
    errors.push(...cellErrors.map((e) => ({ line, ...e })));
    const { id, ...fields } = input;
    rows.push({ line, id: typeof id === 'string' ? id : null, input: fields });
  });
  return { rows, errors };
}

/** Records as csv-parse reads them, up to a syntax error (an unclosed quote) if there is one. */
function parseRecords(text: string): { records: RawRecord[]; syntaxError: string | null } {
  const records: RawRecord[] = [];
  try {
    // Collected as they come, so the rows before a syntax error still place it.
    parse(text, { relax_column_count: true, skip_empty_lines: true, on_record: (cells: string[], { bytes }) => void records.push({ cells, end: bytes }) });
    return { records, syntaxError: null };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records, syntaxError: `the row is not valid CSV (${error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted value is never closed' : 'a misplaced quote'})` };
  }
}

/**
 * The line on which the record after byte `offset` starts: csv-parse's own line count
 * counts a CRLF inside a quoted value twice, so lines are counted here, skipping the empty
 * lines csv-parse skips.
 */
function lineFinder(bytes: Buffer): (offset: number) => number {
  const starts = [0];
  bytes.forEach((byte, i) => {
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  });
  return (offset) => {
    let start = offset;
    while (bytes[start] === 0x0a || bytes[start] === 0x0d) start++;
    // The last line start at or before it (binary search: a 10,000-row file has as many lines).
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle] <= start) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function readHeader(headers: string[]): { columns: (CsvColumn | undefined)[]; errors: CsvRowError[] } {
  const errors: CsvRowError[] = [];
  const columns = headers.map((written) => {
    const name = written.trim().toLowerCase();
    const column = RESOURCE_CSV_COLUMNS.find((c) => c.header === name);
    if (!column) errors.push({ line: 1, field: written, message: `unknown column; the columns are ${RESOURCE_CSV_COLUMNS.map((c) => c.header).join(', ')}` });
    return column;
  });
  for (const column of RESOURCE_CSV_COLUMNS) {
    const count = columns.filter((c) => c === column).length;
    if (count > 1) errors.push({ line: 1, field: column.header, message: 'the column appears more than once' });
    if (count === 0 && column.required) errors.push({ line: 1, field: column.header, message: 'the column is missing' });
  }
  return { columns, errors };
}

function readRow(cells: string[], columns: (CsvColumn | undefined)[]): { input: Record<string, unknown>; errors: Omit<CsvRowError, 'line'>[] } {
  const errors: Omit<CsvRowError, 'line'>[] = [];
  const input: Record<string, unknown> = {};
  for (const column of RESOURCE_CSV_COLUMNS) {
    const at = columns.indexOf(column);
    const read = column.read(at < 0 ? '' : restoreFormula(cells[at]));
    if ('error' in read) errors.push({ field: column.header, message: read.error });
    else input[column.field] = read.value;
  }
  return { input, errors };
}

/** An error the directory found in a row's input (`schedules.1.closesAt`), named by its column ("entry 2: closesAt …"). */
export function columnError(error: CsvRowError): CsvRowError {
  const [field, entry, ...rest] = error.field.split('.');
  const where = entry === undefined ? '' : `entry ${Number(entry) + 1}: `;
  const message = rest.length > 0 && !error.message.startsWith(rest.join('.')) ? `${rest.join('.')} ${error.message}` : error.message;
  return { line: error.line, field: columnOf(field), message: `${where}${message}` };
}

/** Errors in the file's order: by line, then by column as the export orders them (a whole-row error first). */
export function inFileOrder(a: CsvRowError, b: CsvRowError): number {
  const column = (e: CsvRowError) => RESOURCE_CSV_COLUMNS.findIndex((c) => c.header === e.field);
  return a.line - b.line || column(a) - column(b);
}
