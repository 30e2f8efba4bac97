import { nameKey } from '@renkei/kernel';

/**
 * Text as the directory search compares it: the counter's {@link nameKey} (NFKC, katakana
 * as hiragana, no white space) and lower case — so "ｺﾄﾞﾓ", "コドモ", "こども" and "ＣＯＤＯＭＯ"
 * fold to one key each side of the comparison.
 */
export function normalise(text: string): string {
  return nameKey(text).toLowerCase();
}

/**
 * The grams of a normalised text that the search index holds: each character and each pair
 * of neighbours. Pairs (bigrams) carry Japanese, which has no spaces to split words at;
 * single characters serve a one-character query.
 */
export function gramsOf(key: string): string[] {
  const chars = Array.from(key);
  const grams = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i += 1) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

/**
 * The grams a query needs every one of: its bigrams, or the character itself when it is a
 * single one. Empty for an empty query.
 */
export function queryGrams(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length <= 1) return chars;
  return [...new Set(chars.slice(1).map((c, i) => chars[i] + c))];
}
