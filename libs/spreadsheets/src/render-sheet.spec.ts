import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { CsvEncoding, decodeCsv, UndecodableCsv } from './csv-encoding.js';
import { renderSheet } from './render-sheet.js';
import { SpreadsheetFormat, type Sheet } from './sheet.js';

interface Case {
  name: string;
  members: number;
  share: number | null;
  intakeOn: string;
  updatedAt: Date;
}

const rows: Case[] = [
  // 14:30 UTC is 23:30 JST the same day; 15:05 UTC is already the next day in Japan.
  { name: '髙橋 ①さん', members: 3, share: 0.25, intakeOn: '2026-04-01', updatedAt: new Date('2026-12-02T14:30:00Z') },
  { name: '=HYPERLINK("http://x","開く")', members: -1, share: null, intakeOn: '2027-03-31', updatedAt: new Date('2026-12-02T15:05:00Z') },
];

const sheet: Sheet<Case> = {
  name: 'ケース一覧',
  columns: [
    { header: '氏名', type: 'text', value: (r) => r.name },
    { header: '世帯人数', type: 'integer', value: (r) => r.members },
    { header: '割合', type: 'decimal', value: (r) => r.share },
    { header: '受付日', type: 'date', value: (r) => r.intakeOn },
    { header: '更新日時', type: 'datetime', value: (r) => r.updatedAt },
  ],
  rows,
};

describe('renderSheet: CSV', () => {
  it.each([CsvEncoding.UTF8, CsvEncoding.SHIFT_JIS])('round-trips through csv-parse in %s, dates in JST and formulas as text', async (encoding) => {
    const file = await renderSheet(sheet, SpreadsheetFormat.CSV, encoding);
    expect(file.extension).toBe('csv');
    expect(file.contentType).toBe(encoding === CsvEncoding.UTF8 ? 'text/csv; charset=utf-8' : 'text/csv; charset=Shift_JIS');
    // Excel opens UTF-8 only with its BOM; Shift_JIS has none.
    expect(file.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(encoding === CsvEncoding.UTF8);
    const decoded = decodeCsv(file.bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('\r\n');
    expect(parse(decoded.text)).toEqual([
      ['氏名', '世帯人数', '割合', '受付日', '更新日時'],
      ['髙橋 ①さん', '3', '0.25', '2026-04-01', '2026-12-02 23:30'],
      [`'=HYPERLINK("http://x","開く")`, '-1', '', '2027-03-31', '2026-12-03 00:05'],
    ]);
  });

  it('refuses Shift_JIS for a character it cannot hold', async () => {
    const emoji: Sheet<string> = { name: 'x', columns: [{ header: '名前', type: 'text', value: (r) => r }], rows: ['𠮷野'] };
    await expect(renderSheet(emoji, SpreadsheetFormat.CSV, CsvEncoding.SHIFT_JIS)).rejects.toBeInstanceOf(UndecodableCsv);
    await expect(renderSheet(emoji, SpreadsheetFormat.CSV)).resolves.toMatchObject({ extension: 'csv' });
  });
});

describe('renderSheet: XLSX', () => {
  it('writes typed cells under a bold frozen header, as exceljs reads them back', async () => {
    const file = await renderSheet(sheet, SpreadsheetFormat.XLSX, CsvEncoding.SHIFT_JIS);
    expect(file).toMatchObject({ extension: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const read = workbook.getWorksheet('ケース一覧');
    if (!read) throw new Error('no sheet ケース一覧');
    expect(read.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(read.getRow(1).font?.bold).toBe(true);
    expect(read.getRow(1).values).toEqual([undefined, '氏名', '世帯人数', '割合', '受付日', '更新日時']);

    const first = read.getRow(2);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).value).toBe('髙橋 ①さん');
    expect(first.getCell(2).value).toBe(3);
    expect(first.getCell(3).value).toBe(0.25);
    // Dates are real dates showing the JST day and minute (a workbook's dates have no zone).
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(4).value).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(5).value).toEqual(new Date('2026-12-02T23:30:00Z'));
    expect(first.getCell(5).numFmt).toBe('yyyy-mm-dd hh:mm');

    const second = read.getRow(3);
    // Text is text: the formula is shown, never run.
    expect(second.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(1).value).toBe('=HYPERLINK("http://x","開く")');
    expect(second.getCell(2).value).toBe(-1);
    expect(second.getCell(3).type).toBe(ExcelJS.ValueType.Null);

    // Full-width characters count twice: the name column is wider than the minimum.
    expect(read.getColumn(1).width).toBeGreaterThan(read.getColumn(2).width ?? 0);
  });
});
