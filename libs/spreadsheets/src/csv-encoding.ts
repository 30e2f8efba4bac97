import iconv from 'iconv-lite';

/** The encodings of CSV files: UTF-8, and Shift_JIS, what municipal spreadsheets (Excel) write. */
export enum CsvEncoding {
  UTF8 = 'UTF8',
  SHIFT_JIS = 'SHIFT_JIS',
}

// Excel's "Shift_JIS" is Windows-31J (CP932): Shift_JIS plus the NEC and IBM extensions
// (①, ㈱, 髙, 﨑) that municipal lists are full of.
const WINDOWS_31J = 'cp932';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

/** Why the bytes are not text in the encoding given or found (the caller names the argument). */
export class UndecodableCsv extends Error {}

/**
 * The file's text. Without an encoding: a UTF-8 BOM means UTF-8, bytes that are valid
 * UTF-8 are UTF-8 (a Shift_JIS file of Japanese text almost never is), anything else is
 * read as Shift_JIS.
 */
export function decodeCsv(bytes: Buffer, encoding?: CsvEncoding | null): DecodedCsv {
  const hasBom = bytes.subarray(0, BOM.length).equals(BOM);
  if (encoding === CsvEncoding.UTF8 || (!encoding && hasBom)) return { text: utf8(hasBom ? bytes.subarray(BOM.length) : bytes), encoding: CsvEncoding.UTF8 };
  if (encoding === CsvEncoding.SHIFT_JIS) return { text: shiftJis(bytes, 'the file is not valid Shift_JIS'), encoding: CsvEncoding.SHIFT_JIS };
  try {
    return { text: utf8(bytes), encoding: CsvEncoding.UTF8 };
  } catch {
    return { text: shiftJis(bytes, 'the file is neither UTF-8 nor Shift_JIS'), encoding: CsvEncoding.SHIFT_JIS };
  }
}

/** The bytes of an export: UTF-8 with a BOM (so Excel opens it as UTF-8), or Shift_JIS. */
export function encodeCsv(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === CsvEncoding.UTF8) return Buffer.concat([BOM, Buffer.from(text, 'utf8')]);
  const folded = toWindows31jForms(text);
  const bytes = iconv.encode(folded, WINDOWS_31J);
  // A character Shift_JIS has no code for (an emoji, 𠮷) would come back as "?": refuse
  // rather than export a file that reads back as different text.
  if (iconv.decode(bytes, WINDOWS_31J) !== folded) throw new UndecodableCsv('the list holds characters Shift_JIS cannot represent; export it as UTF8');
  return bytes;
}

// The characters JIS X 0208 and Windows-31J map to different code points (〜 WAVE DASH is
// Windows' ～ FULLWIDTH TILDE, and so on): the same glyph to a reader, written as Excel writes it.
const WINDOWS_31J_FORMS: Readonly<Record<string, string>> = { '\u301C': '\uFF5E', '\u2016': '\u2225', '\u2212': '\uFF0D', '\u2014': '\u2015', '\u00A2': '\uFFE0', '\u00A3': '\uFFE1', '\u00AC': '\uFFE2' };

function toWindows31jForms(text: string): string {
  return text.replace(/[\u301C\u2016\u2212\u2014\u00A2\u00A3\u00AC]/g, (ch) => WINDOWS_31J_FORMS[ch] ?? ch);
}

function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UndecodableCsv('the file is not valid UTF-8');
  }
}

function shiftJis(bytes: Buffer, invalid: string): string {
  const text = iconv.decode(bytes, WINDOWS_31J);
  // iconv-lite puts U+FFFD for a byte sequence Shift_JIS does not define; Shift_JIS has no U+FFFD of its own.
  if (text.includes('\ufffd')) throw new UndecodableCsv(invalid);
  return text;
}
