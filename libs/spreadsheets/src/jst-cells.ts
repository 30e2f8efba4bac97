import { jstDate } from '@renkei/kernel';

const JST_OFFSET_MS = 9 * 3_600_000;

/** A `date` cell's JST calendar day "YYYY-MM-DD": a string is a LocalDate already, an instant falls on its JST day. */
export function jstDay(value: string | Date): string {
  return typeof value === 'string' ? value : jstDate(value);
}

/** A `datetime` cell (an instant, or its ISO string) as JST wall time to the minute, "YYYY-MM-DD HH:mm". */
export function jstMinute(value: string | Date): string {
  return new Date(new Date(value).getTime() + JST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The Date a workbook stores for a JST day or minute. A spreadsheet's dates have no time
 * zone and exceljs writes a Date's UTC fields, so the JST wall time goes in as if it were UTC.
 */
export function jstWallClock(value: string | Date, type: 'date' | 'datetime'): Date {
  return type === 'date' ? new Date(`${jstDay(value)}T00:00:00Z`) : new Date(`${jstMinute(value).replace(' ', 'T')}:00Z`);
}
