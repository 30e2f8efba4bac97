import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { WORKSPACE_ROOT } from '@renkei/testing';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { SCREENSHOTS, useBrowserApp, VIEWPORTS } from './support/browser-app.js';
import { downloadFrom } from './support/downloads.js';

// 指標 (issue 17): the coordinator reads a 年度's figures from the demo's records, as numbers and
// as charts with their tables, and follows a figure to the records behind it and one of them to
// its page; the administrator sets a target and sees it against the actual, and downloads the
// 国への報告 as a workbook.

const INTAKES = '相談受付件数（窓口別）';

/** The current 年度 in Japan (from 1 April). */
function currentFiscalYear(): number {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 4 ? year : year - 1;
}

/** Opens 指標 from the menu and shows the current 年度 as a whole. */
async function openIndicators(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '指標' }).click();
  await page.getByRole('heading', { level: 1, name: '指標' }).waitFor();
  await page.getByLabel('年度').selectOption({ label: `${currentFiscalYear()}年度` });
  await page.getByLabel('月', { exact: true }).selectOption({ label: '年度全体' });
  await page.getByRole('button', { name: '表示する' }).click();
  await page.waitForURL(new RegExp(`/indicators\\?year=${currentFiscalYear()}`));
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title });

describe('指標', () => {
  const scope = useBrowserApp();

  it('the coordinator chooses a 年度 and reads the figures, a chart and its table, and the areas lead to one of them', async () => {
    const page = await scope.signedIn('coordinator@sakura.example');
    await openIndicators(page);
    const intakes = card(page, INTAKES);
    await page.getByRole('region', { name: '相談支援' }).getByRole('article', { name: INTAKES }).waitFor();
    // The figure, its breakdown by counter and its months, drawn and as a table.
    const actual = await intakes.getByRole('link', { name: `${INTAKES}の記録を見る` }).innerText();
    expect(Number(actual.replace(/[^\d]/g, ''))).toBeGreaterThan(0);
    await intakes.getByRole('figure', { name: `${INTAKES}の月別の実績` }).locator('svg').first().waitFor();
    await expect(intakes.getByRole('table', { name: `${INTAKES}の月別の実績（表）` }).getByRole('row').count()).resolves.toBeGreaterThan(1);
    await expect(intakes.getByRole('table', { name: `${INTAKES}の内訳` }).getByRole('row').count()).resolves.toBeGreaterThan(1);
    // Nothing behind the emergency accesses opens from here.
    await expect(card(page, '緊急時の閲覧件数（審査結果別）').getByRole('link').count()).resolves.toBe(0);
    await checkPage(page, 'indicators-dashboard');
    // The areas' contents lead to one of them, the period kept.
    await page.getByRole('navigation', { name: '指標の分野' }).getByRole('link', { name: '会議' }).click();
    await page.waitForURL(new RegExp(`year=${currentFiscalYear()}.*#indicators-CONFERENCES$`));
    await page.getByRole('region', { name: '会議' }).getByRole('article', { name: '会議開催回数（種類別）' }).waitFor();
    if (SCREENSHOTS) {
      // The README's picture of the dashboard: its filters and first figures at the laptop width.
      await mkdir(resolve(WORKSPACE_ROOT, 'docs/images'), { recursive: true });
      await page.screenshot({ path: resolve(WORKSPACE_ROOT, 'docs/images/indicators.png'), fullPage: true, clip: { x: 0, y: 0, ...VIEWPORTS.laptop, height: 1200 } });
    }
  });

  // Apart from the reading above, so that each has the test's time to itself: the dashboard's
  // accessibility check alone is most of a minute on the loaded 2-core machine.
  it('the coordinator follows a figure to its records and one of them to its page', async () => {
    const page = await scope.signedIn('coordinator@sakura.example');
    await openIndicators(page);
    await card(page, INTAKES).getByRole('link', { name: `${INTAKES}の記録を見る` }).click();
    await page.getByRole('heading', { level: 1, name: `「${INTAKES}」の記録` }).waitFor();
    // The records arrive after the heading (named from the figures already read).
    const rows = page.getByRole('table', { name: /件の記録$/ }).getByRole('row');
    await rows.nth(1).waitFor();
    await checkPage(page, 'indicators-records');
    const first = rows.nth(1).getByRole('link');
    const label = await first.innerText();
    await first.click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
  });

  it('the administrator sets a target and sees it against the actual, then downloads the national report as a workbook', async () => {
    const page = await scope.signedIn('admin@sakura.example');
    await openIndicators(page);
    const intakes = card(page, INTAKES);
    await intakes.getByText('未設定').or(intakes.getByText(/^目標\d/)).first().waitFor();

    await intakes.getByRole('button', { name: `${INTAKES}の目標を設定` }).click();
    const dialog = page.getByRole('dialog', { name: `${INTAKES}の目標（${currentFiscalYear()}年度）` });
    await dialog.getByLabel('目標値').fill('-5');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await dialog.getByText('0以上の数値で入力してください。').waitFor();
    await dialog.getByLabel('目標値').fill('120');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await dialog.waitFor({ state: 'detached' });
    await intakes.getByRole('definition').filter({ hasText: /^120件$/ }).waitFor();
    await intakes.getByText(/^目標に対して\d+%$/).waitFor();
    await intakes.getByRole('figure', { name: `${INTAKES}の月別の実績` }).getByRole('paragraph').filter({ hasText: '目標（月あたり）10件' }).waitFor();
    await checkPage(page, 'indicators-admin');

    const download = await downloadFrom(page.getByRole('button', { name: '国への報告（Excel）をダウンロード' }));
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.join('\n')).toContain(INTAKES);
  });
});
