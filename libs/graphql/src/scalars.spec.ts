import { describe, expect, it } from '@jest/globals';
import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar, isLocalDate, LocalDateScalar, parseDateTime } from './scalars.js';

describe('DateTime', () => {
  it.each([
    ['2026-12-01T10:00:00+09:00', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T10:00:00Z', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01t10:00:00z', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01T10:00:00.5-00:30', '2026-12-01T10:30:00.500Z'],
    ['2026-12-01T10:00:00.123456789+00:00', '2026-12-01T10:00:00.123Z'],
    ['2024-02-29T23:59:59+14:00', '2024-02-29T09:59:59.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, instant) => {
    expect(parseDateTime(text)?.toISOString()).toBe(instant);
    expect((DateTimeScalar.parseValue(text) as Date).toISOString()).toBe(instant);
    expect((DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: text }) as Date).toISOString()).toBe(instant);
  });

  it.each(['2026-12-01T10:00:00', '2026-12-01', '2026-12-01 10:00:00Z', '2026-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-12-01T24:00:00Z', '2026-12-01T10:60:00Z', '2026-12-01T10:00:60Z', '2026-12-01T10:00:00+0900', '2026-12-01T10:00:00+24:00', 'Tue, 01 Dec 2026 10:00:00 GMT', '', ' 2026-12-01T10:00:00Z'])(
    'refuses %j',
    (text) => {
      expect(parseDateTime(text)).toBeNull();
      expect(() => DateTimeScalar.parseValue(text)).toThrow(GraphQLError);
    },
  );

  it('refuses what is not a string: numbers (epoch), literals of other kinds', () => {
    expect(() => DateTimeScalar.parseValue(1_764_554_400_000)).toThrow(/offset/);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1764554400000' })).toThrow(/offset/);
  });

  it('serves UTC with milliseconds', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 11, 1, 1)))).toBe('2026-12-01T01:00:00.000Z');
  });
});

describe('LocalDate', () => {
  it.each(['1968-04-01', '2000-02-29', '1900-01-01'])('accepts %s', (text) => {
    expect(isLocalDate(text)).toBe(true);
    expect(LocalDateScalar.parseValue(text)).toBe(text);
    expect(LocalDateScalar.serialize(text)).toBe(text);
  });

  it.each(['1900-02-29', '1968-02-30', '1968-4-1', '1968-04-01T00:00:00Z', '19680401', 'April 1, 1968'])('refuses %j', (text) => {
    expect(isLocalDate(text)).toBe(false);
    expect(() => LocalDateScalar.parseValue(text)).toThrow(/YYYY-MM-DD/);
  });
});
