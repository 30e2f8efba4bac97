import type { SqlCondition } from '@renkei/access';

// Katakana ァ (U+30A1) … ヶ (U+30F6) sit 0x60 above hiragana ぁ (U+3041) … ゖ (U+3096).
const KATAKANA_FIRST = 0x30a1;
const KATAKANA_LAST = 0x30f6;
const KANA_OFFSET = 0x60;
const KATAKANA = String.fromCodePoint(...range(KATAKANA_FIRST, KATAKANA_LAST));
const HIRAGANA = String.fromCodePoint(...range(KATAKANA_FIRST - KANA_OFFSET, KATAKANA_LAST - KANA_OFFSET));

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * A name as a counter compares it: NFKC (full-width letters, half-width kana), katakana as
 * hiragana, no spaces — so "やまだ" finds "ヤマダ タロウ" and "山田太郎" finds "山田 太郎".
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) - KANA_OFFSET));
}

/** {@link nameKey} in PostgreSQL, over a column of the caller's query (the database must be UTF8). */
function nameKeySql(column: string, prefix: string): string {
  return `translate(regexp_replace(normalize(${column}, NFKC), '\\s+', '', 'g'), :${prefix}katakana, :${prefix}hiragana)`;
}

/**
 * Whether any of `columns` contains the search's key; null when the search has nothing to
 * look for (only spaces). LIKE's wildcards in the search are taken literally.
 */
export function nameMatches(columns: readonly string[], search: string, prefix: string): SqlCondition | null {
  const key = nameKey(search);
  if (!key) return null;
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const sql = columns.map((column) => `${nameKeySql(column, prefix)} LIKE :${prefix}pattern`).join(' OR ');
  return { sql: `(${sql})`, params: { [`${prefix}pattern`]: pattern, [`${prefix}katakana`]: KATAKANA, [`${prefix}hiragana`]: HIRAGANA } };
}
