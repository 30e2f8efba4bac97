import { describe, expect, it } from '@jest/globals';
import { DayOfWeek } from './resource-enums.js';
import { compileSearch, MatchRank } from './resource-search.js';
import { searchKeysOf } from './resource-search-keys.js';

const keys = (name: string, organizationName: string, description: string) => searchKeysOf({ name, nameKana: 'あ', organizationName, description });

describe('compileSearch', () => {
  it('ranks a name match before an organization match before a description match, in any spelling', () => {
    const { rankOf } = compileSearch({ text: 'ﾋﾏﾜﾘ' });
    expect(rankOf(keys('子ども食堂 ひまわり', '会', '食事'))).toBe(MatchRank.NAME);
    expect(rankOf(keys('食堂', 'ヒマワリの会', '食事'))).toBe(MatchRank.ORGANIZATION);
    expect(rankOf(keys('食堂', '会', '庭にひまわり'))).toBe(MatchRank.DESCRIPTION);
    expect(rankOf(keys('ひま', '会', 'まわり'))).toBe(MatchRank.SCATTERED);
  });

  it('needs every bigram of the text, and leaves the suspended out unless asked', () => {
    const { conditions } = compileSearch({ text: 'コドモ' });
    expect(conditions.map((c) => c.sql)).toEqual(['r.active', 'r.search_grams @> CAST(:grams AS text[])']);
    expect(conditions[1]?.params).toEqual({ grams: ['こど', 'ども'] });
    expect(compileSearch({ includeInactive: true }).conditions).toEqual([]);
  });

  it('a day alone is a containment the jsonb can answer; a time looks into the openings', () => {
    expect(compileSearch({ dayOfWeek: DayOfWeek.MONDAY, includeInactive: true }).conditions).toEqual([{ sql: 'r.schedules @> CAST(:dayJson AS jsonb)', params: { dayJson: '[{"dayOfWeek":"MONDAY"}]' } }]);
    const [timed] = compileSearch({ dayOfWeek: DayOfWeek.MONDAY, at: '18:00', includeInactive: true }).conditions;
    expect(timed?.params).toEqual({ at: '18:00', day: DayOfWeek.MONDAY });
  });

  it('a blank text is no text: no condition, one rank', () => {
    const { conditions, rankOf } = compileSearch({ text: ' \u3000 ', includeInactive: true });
    expect(conditions).toEqual([]);
    expect(rankOf(keys('a', 'b', 'c'))).toBe(MatchRank.NAME);
  });
});
