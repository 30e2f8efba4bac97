import { describe, expect, it } from '@jest/globals';
import { gramsOf, normalise, queryGrams } from './normalise.js';
import { searchKeysOf } from './resource-search-keys.js';

describe('normalise', () => {
  it('folds katakana, half-width kana and hiragana to one key', () => {
    expect(normalise('コドモショクドウ')).toBe('こどもしょくどう');
    expect(normalise('ｺﾄﾞﾓｼｮｸﾄﾞｳ')).toBe('こどもしょくどう');
    expect(normalise('こども しょくどう')).toBe('こどもしょくどう');
  });

  it('folds full-width letters and digits, and case', () => {
    expect(normalise('ＮＰＯ法人　Ｓａｋｕｒａ')).toBe('npo法人sakura');
    expect(normalise('Café １２３')).toBe('café123');
  });

  it('removes white space of every width, and keeps kanji as they are', () => {
    expect(normalise(' 子ども食堂\tひまわり\u3000')).toBe('子ども食堂ひまわり');
  });

  it('keeps the long vowel mark and leaves already normal text unchanged', () => {
    expect(normalise('ボランティアセンター')).toBe('ぼらんてぃあせんたー');
    expect(normalise(normalise('ボランティアセンター'))).toBe('ぼらんてぃあせんたー');
  });
});

describe('grams', () => {
  it('a text holds each character and each neighbouring pair', () => {
    expect(gramsOf('こども').sort()).toEqual(['こ', 'こど', 'ど', 'ども', 'も'].sort());
    expect(gramsOf('')).toEqual([]);
  });

  it('a query needs its bigrams, or its one character', () => {
    expect(queryGrams('こども')).toEqual(['こど', 'ども']);
    expect(queryGrams('子')).toEqual(['子']);
    expect(queryGrams('')).toEqual([]);
    expect(queryGrams('ああああ')).toEqual(['ああ']);
  });

  it('a query of any spelling of a name is held by the name’s grams', () => {
    const keys = searchKeysOf({ name: '子ども食堂 ひまわり', nameKana: 'コドモショクドウ ヒマワリ', organizationName: 'NPO法人さくら', description: '毎週の食事会' });
    for (const query of ['ひまわり', 'ヒマワリ', 'ﾋﾏﾜﾘ', 'こども', 'コドモ', 'ｺﾄﾞﾓ', '食堂', 'ｎｐｏ']) expect([query, queryGrams(normalise(query)).every((g) => keys.searchGrams.includes(g))]).toEqual([query, true]);
  });

  it('no pair spans two fields', () => {
    const keys = searchKeysOf({ name: 'あい', nameKana: 'うえ', organizationName: 'お', description: 'か' });
    expect(keys.searchGrams).not.toContain('いう');
  });
});
