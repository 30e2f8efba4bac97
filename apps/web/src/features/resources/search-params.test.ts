import { describe, expect, it } from 'vitest';
import { toResourceFilter, validateResourcesSearch } from './search-params';

describe('validateResourcesSearch', () => {
  it('keeps valid values and drops unknown ones', () => {
    expect(
      validateResourcesSearch({ q: ' こども ', targets: ['CHILDREN', 'NOPE'], forms: 'MEALS', area: '中央地区', day: 'SATURDAY', at: '11:30', inactive: true, other: 'x' }),
    ).toEqual({ q: 'こども', targets: ['CHILDREN'], forms: ['MEALS'], area: '中央地区', day: 'SATURDAY', at: '11:30', inactive: true });
  });

  it('gives nothing for an empty or broken address', () => {
    expect(validateResourcesSearch({ q: '  ', targets: ['NOPE'], day: 'FUNDAY', at: '25:00', inactive: 'yes' })).toEqual({});
  });
});

describe('toResourceFilter', () => {
  it('maps the address to the API filter, null where unset', () => {
    expect(toResourceFilter({ q: 'しょくどう', day: 'MONDAY' })).toEqual({ text: 'しょくどう', targets: null, forms: null, area: null, dayOfWeek: 'MONDAY', at: null, includeInactive: null });
  });
});
