// The API's rule for a reading (kernel name-key.ts), checked before sending: kana of any
// width, so half-width kana with their voicing marks (ﾀﾞ) pass once NFKC joins them.
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u;

export function isKanaReading(text: string): boolean {
  return KANA.test(text.normalize('NFKC'));
}
