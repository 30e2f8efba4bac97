import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { parseTimestamptz, parseUsualTimestamptz } from './timestamps.js';

const pgParser = pg.types.getTypeParser(1184, 'text') as (text: string) => Date | number | null;
const timeOf = (value: Date | number | null) => (value instanceof Date ? value.getTime() : value);

// Texts as PostgreSQL writes a timestamptz under DateStyle ISO, in zones of every kind of offset.
function randomTimestamp(seed: number): string {
  const pick = (n: number) => Math.floor(Math.abs(Math.sin(seed++) * 10_000)) % n;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const fraction = pick(3) === 0 ? '' : `.${String(pick(1_000_000)).padStart(6, '0').slice(0, 1 + pick(6))}`;
  const zone = [`+${pad(pick(15))}`, `-${pad(pick(13))}`, `+05:30`, `-03:30`, `+09:18:59`, `-00:25:21`][pick(6)];
  return `${pad(1000 + pick(9000), 4)}-${pad(1 + pick(12))}-${pad(1 + pick(28))} ${pad(pick(24))}:${pad(pick(60))}:${pad(pick(60))}${fraction}${zone}`;
}

describe('parseTimestamptz', () => {
  it('reads the usual texts as pg’s own parser does, to the millisecond', () => {
    const texts = ['2026-12-04 19:32:54.644146+00', '2026-12-04 19:32:54+09', '2020-01-01 00:00:00.5+00', '1999-12-31 23:59:59.999999-11', '1850-01-01 00:00:00+09:18:59'];
    for (let seed = 1; seed <= 5_000; seed++) texts.push(randomTimestamp(seed));
    for (const text of texts) expect([text, timeOf(parseUsualTimestamptz(text))]).toEqual([text, timeOf(pgParser(text))]);
  });

  it('leaves every other form to pg’s parser, with the same answer', () => {
    for (const text of ['infinity', '-infinity', '0044-03-15 00:00:00+00 BC', '0099-01-01 00:00:00+00', '12026-01-01 00:00:00+00', '2026-12-04', '2026-12-04 19:32:54', '2026-12-04 19:32:54+0x', '2026-12-04 19:32:54+09:3']) {
      expect([text, parseUsualTimestamptz(text)]).toEqual([text, null]);
      expect([text, timeOf(parseTimestamptz(text))]).toEqual([text, timeOf(pgParser(text))]);
    }
  });
});
