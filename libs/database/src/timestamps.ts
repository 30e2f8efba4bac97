import pg from 'pg';

const TIMESTAMPTZ = 1184;
const ZERO = 48;
const MINUS = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;
const SPACE = 32;

// pg's own parser (postgres-date): the answer for every form the fast path leaves to it.
const parseInGeneral = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date | number | null;

/**
 * PostgreSQL's text of a `timestamptz` (DateStyle ISO, as pg's connections use) as a Date.
 * The usual form, `2026-12-04 19:32:54.644146+00` with a four-digit year and an offset of
 * hours, minutes or seconds, is read digit by digit; anything else (infinity, BC, years past
 * 9999) goes to pg's parser, which answers the same for every form. Why: pg's parser runs
 * three regular expressions per value, and a list of fifty tasks holds a hundred and fifty
 * timestamps: it was a sixteenth of the CPU of `myTasks`.
 */
export function parseTimestamptz(text: string): Date | number | null {
  return parseUsualTimestamptz(text) ?? parseInGeneral(text);
}

/** The fast path of {@link parseTimestamptz}: the Date of a text in the usual form, or null for any other. */
export function parseUsualTimestamptz(text: string): Date | null {
  const length = text.length;
  if (length < 22 || text.charCodeAt(4) !== MINUS || text.charCodeAt(7) !== MINUS || text.charCodeAt(10) !== SPACE || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return null;
  const year = digits(text, 0, 4);
  // Date.UTC reads years 0–99 as 1900–1999: those go the general way.
  if (!(year >= 1000)) return null;
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === DOT) {
    // Milliseconds: the first three of up to six digits, cut as a Date cuts finer ones.
    let scale = 100;
    for (at += 1; at < length && isDigit(text.charCodeAt(at)); at++) {
      ms += (text.charCodeAt(at) - ZERO) * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const sign = text.charCodeAt(at);
  if (sign !== PLUS && sign !== MINUS) return null;
  // The offset: hours, then perhaps minutes and seconds (a zone's local mean time before 1900 has them).
  let offset = 0;
  for (let unit = 3_600; unit >= 1 && at < length; unit /= 60, at += 3) {
    if (unit !== 3_600 && text.charCodeAt(at) !== COLON) return null;
    offset += digits(text, at + 1, 2) * unit;
  }
  if (at !== length) return null;
  const time = Date.UTC(year, digits(text, 5, 2) - 1, digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), ms) - (sign === MINUS ? -offset : offset) * 1_000;
  return Number.isNaN(time) ? null : new Date(time);
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

// The number of `count` digits from `start`, or NaN when one is not a digit.
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return Number.NaN;
    value = value * 10 + code - ZERO;
  }
  return value;
}

/** pg's type parsers with {@link parseTimestamptz} for `timestamptz`: a pool's `types`. */
export const pgTypes = {
  getTypeParser: (oid: number, format: 'text' | 'binary' = 'text'): unknown => (oid === TIMESTAMPTZ && format === 'text' ? parseTimestamptz : pg.types.getTypeParser(oid, format)),
};
