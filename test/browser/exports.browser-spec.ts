import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { CsvEncoding, decodeCsv } from '@renkei/spreadsheets';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { useBrowserApp } from './support/browser-app.js';
import { downloadFrom } from './support/downloads.js';

// Lists saved as files (issue 17): a caseworker saves the cases list they see as Excel and as
// Shift_JIS CSV for an older Excel, and finds in each file every case of the list; then マイタスク.

const HOUSING = 'housing@sakura.example';
const HEADER = ['ケース', '氏名', 'ふりがな', '状態', '支援が必要な分野', 'ケースチーム', '受付日時', '更新日時'];

async function saved(page: Page, button: string, list = 'ケース一覧'): Promise<Download> {
  return downloadFrom(page.getByRole('group', { name: `${list}を保存` }).getByRole('button', { name: button }));
}

describe('一覧の保存（CSV・Excel）', () => {
  const scope = useBrowserApp();

  it('a caseworker saves the cases list as Excel and as Shift_JIS CSV, every case of the list in each', async () => {
    const page = await scope.signedIn(HOUSING);
    await page.goto('/cases');
    await page.getByRole('heading', { level: 1, name: 'ケース一覧' }).waitFor();
    const table = page.getByRole('table', { name: /^ケース一覧（\d+件）$/ });
    await table.waitFor();
    const total = Number(/（(\d+)件）/.exec(await page.getByText(/^ケース一覧（\d+件）$/).innerText())?.[1]);
    // The page shows the first rows; the file holds every case of the list.
    const titles = (await table.getByRole('link').allInnerTexts()).map((title) => title.trim());
    expect(titles.length).toBeGreaterThan(0);
    await checkPage(page, 'cases-list-export');

    const excel = await saved(page, 'Excelで保存');
    expect(excel.suggestedFilename()).toMatch(/^ケース一覧_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await excel.path());
    const sheet = workbook.getWorksheet('ケース一覧');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...HEADER]);
    const rows: string[][] = [];
    sheet?.eachRow((row, number) => {
      if (number > 1) rows.push((row.values as unknown[]).slice(1).map(String));
    });
    expect(rows).toHaveLength(total);
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(titles));

    await page.getByRole('checkbox', { name: 'CSVをShift_JISで保存（古いExcel向け）' }).check();
    const csv = await saved(page, 'CSVで保存');
    expect(csv.suggestedFilename()).toMatch(/^ケース一覧_\d{4}-\d{2}-\d{2}\.csv$/);
    const decoded = decodeCsv(await readFile(await csv.path()));
    expect(decoded.encoding).toBe(CsvEncoding.SHIFT_JIS);
    const records = parse(decoded.text) as string[][];
    expect(records[0]).toEqual(HEADER);
    expect(records.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row[0]));
    // Dates as a Japanese office reads them: the JST day and minute.
    expect(records[1]?.[6]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // The same control on マイタスク saves the caseworker's tasks.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'マイタスク' }).click();
    await page.getByRole('heading', { level: 1, name: 'マイタスク' }).waitFor();
    const tasks = await saved(page, 'Excelで保存', 'マイタスク');
    expect(tasks.suggestedFilename()).toMatch(/^マイタスク_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const taskBook = new ExcelJS.Workbook();
    await taskBook.xlsx.readFile(await tasks.path());
    expect(taskBook.getWorksheet('マイタスク')?.getRow(1).values).toEqual([undefined, 'タスク', 'ケース', '状態', '期限', '担当機関', '依頼日時', '更新日時']);
  });
});
