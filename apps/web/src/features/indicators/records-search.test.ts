import { describe, expect, it } from 'vitest';
import { validateRecordsSearch } from './records-search';

const now = new Date('2026-12-03T00:00:00Z');

describe('the address of an indicator’s records', () => {
  it('keeps the indicator, the period, the agency and the breakdown’s cell', () => {
    expect(validateRecordsSearch({ key: 'INTAKES', year: '2026', month: '4', agency: 'a-1', cell: 'HOUSING' }, now)).toEqual({ key: 'INTAKES', year: 2026, month: 4, agency: 'a-1', cell: 'HOUSING' });
  });

  it('drops an unknown indicator or an empty cell', () => {
    expect(validateRecordsSearch({ key: 'INTAKES; DROP', cell: '' }, now)).toEqual({});
    expect(validateRecordsSearch({ key: 'intakes' }, now)).toEqual({});
  });
});
