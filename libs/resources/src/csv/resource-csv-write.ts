import { stringify } from 'csv-stringify/sync';
import { defuseFormula } from '@renkei/spreadsheets';
import { RESOURCE_CSV_COLUMNS, type CsvResource } from './resource-csv-columns.js';

/**
 * The directory as CSV text: the header, then one row per resource, every column, so that
 * reading it back ({@link readResourceCsv}) gives each resource's id and input unchanged.
 * CRLF line ends, as Excel writes and expects. A cell a spreadsheet would run as a formula
 * is written as text ({@link defuseFormula}).
 */
export function writeResourceCsv(resources: readonly CsvResource[]): string {
  return stringify([RESOURCE_CSV_COLUMNS.map((c) => c.header), ...resources.map((r) => RESOURCE_CSV_COLUMNS.map((c) => defuseFormula(c.write(r))))], { record_delimiter: 'windows' });
}
