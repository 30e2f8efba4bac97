import { describe, expect, it } from '@jest/globals';
import { isKanaReading, nameKey } from './name-key.js';

describe('names and readings as a counter compares them', () => {
  it('folds width, katakana and spaces', () => {
    for (const spelling of ['ヤマダ タロウ', 'ﾔﾏﾀﾞ　ﾀﾛｳ', ' やまだ たろう ']) expect(nameKey(spelling)).toBe('やまだたろう');
    expect(nameKey(' 山田　太郎 ')).toBe('山田太郎');
    expect(nameKey('ヴァン・ケーキ')).toBe('ゔぁん・けーき');
  });

  it('tells a reading in kana from anything else', () => {
    for (const reading of ['ヤマダ タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'やまだ', 'ヴァン・ケーキ']) expect(isKanaReading(reading)).toBe(true);
    for (const other of ['山田 太郎', 'yamada', 'やまだ1', ' 　', 'や\u0000まだ', '\ud800']) expect(isKanaReading(other)).toBe(false);
  });
});
