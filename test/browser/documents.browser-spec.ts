import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { firstOutOfOrder, pdfText } from '@renkei/testing';
import { checkPage } from './support/accessibility.js';
import { useBrowserApp } from './support/browser-app.js';
import { downloadFrom } from './support/downloads.js';

// The 会議録 as a PDF: the coordinator opens the record of this morning's meeting from 会議 and
// saves it; the file is a real PDF whose text is the meeting's, in Japanese.

const MEETING = '第5回 重層的支援会議 (定例)';

describe('office documents in the browser', () => {
  const scope = useBrowserApp();

  it('the coordinator downloads the 会議録 as a PDF, in 和暦 when chosen', async () => {
    const page = await scope.signedIn('coordinator@sakura.example');
    await page.getByRole('link', { name: '会議', exact: true }).click();
    await page.getByRole('link', { name: `会議録：${MEETING}` }).click();
    await page.getByRole('heading', { name: '会議録', level: 1 }).waitFor();
    await page.getByText(MEETING, { exact: true }).waitFor();
    await checkPage(page, 'conference-record-pdf');

    const download = await downloadFrom(page.getByRole('button', { name: 'PDFをダウンロード' }));
    expect(download.suggestedFilename()).toMatch(/^会議録_第5回 重層的支援会議 \(定例\)_\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = await pdfText(pdf);
    expect(firstOutOfOrder(text, ['桜市', '会議録', MEETING, '出席者', '守秘義務', '議題1'])).toBeNull();
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);

    // The page's 和暦 choice carries into the file.
    await page.getByRole('checkbox', { name: '日付を和暦で表示する' }).check();
    const eraDownload = await downloadFrom(page.getByRole('button', { name: 'PDFをダウンロード' }));
    expect(await pdfText(await readFile(await eraDownload.path()))).toMatch(/令和\d+年\d{1,2}月\d{1,2}日/);
  });
});
