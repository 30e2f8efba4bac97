import { describe, expect, it } from '@jest/globals';
import { nameKey, nameMatches } from './name-search.js';

describe('name search keys', () => {
  it('folds width, katakana and spaces the way a counter reads a name', () => {
    expect(nameKey('ヤマダ タロウ')).toBe('やまだたろう');
    expect(nameKey('ﾔﾏﾀﾞ　ﾀﾛｳ')).toBe('やまだたろう');
    expect(nameKey(' 山田　太郎 ')).toBe('山田太郎');
    expect(nameKey('ヴァン・ケーキ')).toBe('ゔぁん・けーき');
  });

  it('has nothing to look for in spaces alone, and takes LIKE wildcards literally', () => {
    expect(nameMatches(['c.name'], ' 　 ', 'x_')).toBeNull();
    expect(nameMatches(['c.name'], '50%_\\', 'x_')?.params['x_pattern']).toBe('%50\\%\\_\\\\%');
  });
});
