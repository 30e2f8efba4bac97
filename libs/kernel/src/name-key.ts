// How a counter compares names and their readings, in JavaScript and in PostgreSQL alike:
// one definition for the case search (cases) and the look-up of a person's provision
// records (audit).

// Katakana ァ (U+30A1) … ヶ (U+30F6) sit 0x60 above hiragana ぁ (U+3041) … ゖ (U+3096).
const KATAKANA_FIRST = 0x30a1;
const KATAKANA_LAST = 0x30f6;
const KANA_OFFSET = 0x60;
const codePoints = (first: number): string => String.fromCodePoint(...Array.from({ length: KATAKANA_LAST - KATAKANA_FIRST + 1 }, (_, i) => first + i));
const KATAKANA = codePoints(KATAKANA_FIRST);
const HIRAGANA = codePoints(KATAKANA_FIRST - KANA_OFFSET);

/** A reading in kana only (after {@link nameKey}): hiragana, katakana outside the convertible range, ー and ・. */
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;

/**
 * A name as a counter compares it: NFKC (full-width letters, half-width kana), katakana as
 * hiragana, no spaces of any width — so "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ" and "やまだたろう" are one
 * reading, and "山田太郎" finds "山田 太郎".
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) - KANA_OFFSET));
}

/** Whether the text is a reading in kana (spaces and widths aside). */
export function isKanaReading(text: string): boolean {
  return KANA_ONLY.test(nameKey(text));
}

/**
 * {@link nameKey} of a column in PostgreSQL (the database must be UTF8), with its parameters
 * named by `prefix` so that it can join any query.
 */
export function nameKeySql(column: string, prefix: string): { sql: string; params: Record<string, string> } {
  return {
    sql: `translate(regexp_replace(normalize(${column}, NFKC), '\\s+', '', 'g'), :${prefix}katakana, :${prefix}hiragana)`,
    params: { [`${prefix}katakana`]: KATAKANA, [`${prefix}hiragana`]: HIRAGANA },
  };
}
