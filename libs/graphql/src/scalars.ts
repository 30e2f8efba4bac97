import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// RFC 3339 §5.6 date-time: a full date, 'T', a time with optional fraction, and an offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * The instant an RFC 3339 date-time with an offset names, or null for anything else. Computed
 * from its fields, never by `new Date(text)`: the server's time zone plays no part.
 */
export function parseDateTime(text: string): Date | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  let offsetMinutes = 0;
  if (!m[8]) {
    const [offsetHours, offsetMins] = [Number(m[10]), Number(m[11])];
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  // Date.UTC maps years 0–99 to 1900–1999; set the full year explicitly.
  const date = new Date(utc);
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whether `text` is a calendar date written YYYY-MM-DD (no time, no zone). */
export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function refuse(scalar: string, value: unknown, expected: string): never {
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
  throw new GraphQLError(`${scalar} must be ${expected}; got ${shown}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

const DATE_TIME_EXPECTED = 'an RFC 3339 date-time with an offset, such as 2026-12-01T10:00:00+09:00 or 2026-12-01T01:00:00Z';

function dateTimeFrom(value: unknown): Date {
  const parsed = typeof value === 'string' ? parseDateTime(value) : null;
  return parsed ?? refuse('DateTime', value, DATE_TIME_EXPECTED);
}

/**
 * `DateTime`: an instant, written as an RFC 3339 date-time with an offset (`Z` or `±hh:mm`).
 * A value without an offset is refused rather than read in some time zone; served in UTC.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant, as an RFC 3339 date-time with an offset: 2026-12-01T10:00:00+09:00 or 2026-12-01T01:00:00Z (fractions of a second allowed). ' +
    'A value without an offset (2026-12-01T10:00:00) or in any other form is refused with BAD_USER_INPUT. Always served at UTC (…Z, milliseconds).',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  serialize(value: unknown): string {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string') return dateTimeFrom(value).toISOString();
    throw new GraphQLError('DateTime cannot represent this value');
  },
  parseValue: dateTimeFrom,
  parseLiteral(ast: ValueNode): Date {
    return ast.kind === Kind.STRING ? dateTimeFrom(ast.value) : refuse('DateTime', ast.kind, DATE_TIME_EXPECTED);
  },
});

const LOCAL_DATE_EXPECTED = 'a calendar date written YYYY-MM-DD, such as 1968-04-01';

function localDateFrom(value: unknown): string {
  return typeof value === 'string' && isLocalDate(value) ? value : refuse('LocalDate', value, LOCAL_DATE_EXPECTED);
}

/** `LocalDate`: a calendar date with no time and no time zone (a birth date), YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date with no time of day and no time zone (a birth date): YYYY-MM-DD, a real date of the Gregorian calendar, such as 1968-04-01.',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  serialize: localDateFrom,
  parseValue: localDateFrom,
  parseLiteral(ast: ValueNode): string {
    return ast.kind === Kind.STRING ? localDateFrom(ast.value) : refuse('LocalDate', ast.kind, LOCAL_DATE_EXPECTED);
  },
});
