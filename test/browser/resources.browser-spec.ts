import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { useBrowserApp } from './support/browser-app.js';
import { useDemoStaff } from './support/demo-staff.js';
import { downloadFrom } from './support/downloads.js';

// The directory of local resources (社会資源, issue 15): a caseworker finds a 子ども食堂 by typing
// its reading in hiragana (the resource's kana is katakana), narrows by day of week and opens it;
// the coordinator edits it; and the coordinator checks a CSV with a bad row, then imports a good one.

const CREATE_RESOURCE = `mutation Create($input: ResourceInput!) { createResource(input: $input) { id } }`;
const UPDATE_RESOURCE = `mutation Update($id: ID!, $input: ResourceInput!, $expectedVersion: Int!) { updateResource(id: $id, input: $input, expectedVersion: $expectedVersion) { version } }`;
const SEARCH = `query Search($filter: ResourceFilter) { resources(filter: $filter, first: 5) { totalCount edges { node { name area } } } }`;

interface Search {
  resources: { totalCount: number; edges: { node: { name: string; area: string } }[] };
}

// The CSV's columns (libs/resources resource-csv-columns.ts), the required ones and a few more.
const CSV_HEADER = 'name,alternate_name,organization_name,description,eligibility,participation_forms,service_area,address_1,schedule,fees,languages';
const csvRow = (name: string, eligibility: string) => `${name},サクラノイバショ,NPO法人さくら,誰でも来られる居場所。,${eligibility},居場所; 趣味・交流,東地区,桜市東2-1,MONDAY 10:00-15:00,無料,ja`;
const csvFile = (rows: string[]) => ({ name: 'shakai-shigen.csv', mimeType: 'text/csv', buffer: Buffer.from([CSV_HEADER, ...rows].join('\r\n') + '\r\n', 'utf8') });

describe('社会資源：検索・閲覧・編集・CSVの取り込み', () => {
  const scope = useBrowserApp();
  const staff = useDemoStaff(scope);

  /** A 子ども食堂 open on Saturdays, its reading in katakana; the tag keeps its name this test's own. */
  async function arrangeKodomoShokudo(tag: string) {
    const name = `向日葵子ども食堂 ${tag}`;
    const input = {
        name,
        nameKana: 'ヒマワリコドモショクドウ',
        organizationName: 'NPO法人ひまわり',
        description: '土曜日のお昼ごはん。子どもはひとりでも来られます。',
        targets: ['CHILDREN', 'CHILD_REARING'],
        forms: ['MEALS', 'IBASHO'],
        area: '南地区',
        address: '桜市南町3-4-5',
        schedules: [{ dayOfWeek: 'SATURDAY', opensAt: '11:00', closesAt: '14:00', note: '第5土曜は休み' }],
        phone: '0120-000-000',
        email: 'himawari@example.jp',
        url: 'https://example.jp/himawari',
        cost: '子ども無料、大人300円',
        accessibility: '車いすで入れます',
        languages: ['ja', 'vi'],
    };
    const { createResource } = await staff.as('coordinator').data<{ createResource: { id: string } }>(CREATE_RESOURCE, { input });
    return { id: createResource.id, name, input };
  }

  const searchBox = (page: Page) => page.getByRole('search').getByLabel('名前・ふりがなで検索');

  it('a caseworker finds a 子ども食堂 by typing its reading in hiragana, filters by day and opens its page', async () => {
    const tag = randomBytes(3).toString('hex');
    const resource = await arrangeKodomoShokudo(tag);
    const page = await scope.signedIn('housing@sakura.example');

    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '社会資源' }).click();
    await page.getByRole('heading', { level: 1, name: '社会資源' }).waitFor();
    const list = page.getByRole('table', { name: /^社会資源 \d+件$/ });
    await list.waitFor();
    // The demo directory holds more than a page: 「さらに表示」 adds the next 20.
    await expect(list.getByRole('row').count()).resolves.toBe(21);
    await page.getByRole('button', { name: 'さらに表示' }).click();
    await list.getByRole('row').nth(40).waitFor();
    await checkPage(page, 'resources-list');

    await searchBox(page).fill('ひまわりこどもしょくどう');
    await page.getByLabel('曜日').selectOption({ label: '土' });
    await page.getByRole('button', { name: '検索する' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: resource.name }) });
    await row.getByText('土 11:00〜14:00').waitFor();
    await row.getByText('食事、居場所').waitFor();
    expect(new URL(page.url()).searchParams.get('day')).toBe('SATURDAY');

    // On a Monday it is closed: not in the results.
    await page.getByLabel('曜日').selectOption({ label: '月' });
    await page.getByRole('button', { name: '検索する' }).click();
    await page.waitForURL(/day=MONDAY/);
    await page.getByRole('table', { name: /^社会資源/ }).or(page.getByText('条件に合う社会資源はありません。')).first().waitFor();
    await expect(page.getByRole('link', { name: resource.name }).count()).resolves.toBe(0);

    await page.goBack();
    await page.getByRole('link', { name: resource.name }).click();
    await page.getByRole('heading', { level: 1, name: resource.name }).waitFor();
    await page.getByText('ヒマワリコドモショクドウ').waitFor();
    const schedule = page.getByRole('table', { name: '曜日ごとの開催時間' });
    await schedule.getByRole('row', { name: /土 11:00〜14:00 第5土曜は休み/ }).waitFor();
    await page.getByRole('link', { name: '0120-000-000' }).waitFor();
    // A caseworker reads the directory; only its maintainers change it.
    await expect(page.getByRole('link', { name: '編集' }).count()).resolves.toBe(0);
    await checkPage(page, 'resource-page');
  });

  it('the coordinator edits a resource and the page shows the change; suspending marks it 休止中', async () => {
    const tag = randomBytes(3).toString('hex');
    const resource = await arrangeKodomoShokudo(tag);
    const page = await scope.signedIn('coordinator@sakura.example');
    await page.goto('/resources');
    await page.getByRole('link', { name: '社会資源を登録' }).click();
    await page.getByRole('heading', { level: 1, name: '社会資源の登録' }).waitFor();
    await checkPage(page, 'resource-new');

    await page.goto(`/resources/${resource.id}`);
    await page.getByRole('heading', { level: 1, name: resource.name }).waitFor();
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByRole('heading', { level: 1, name: '社会資源の編集' }).waitFor();
    expect(await page.getByLabel('名称').inputValue()).toBe(resource.name);
    await checkPage(page, 'resource-editor');

    // A wrong time is refused where it is typed, before anything is sent.
    await page.getByLabel('費用').fill('子ども無料、大人200円');
    await page.getByRole('button', { name: '開催日時を追加' }).click();
    const second = page.getByRole('group', { name: '開催日時2' });
    await second.getByLabel('曜日').selectOption({ label: '水' });
    await second.getByLabel('開始').fill('16:00');
    await second.getByLabel('終了').fill('15:00');
    await page.getByRole('button', { name: '保存する' }).click();
    await second.getByText('終了は開始より後にしてください。').waitFor();
    await second.getByLabel('終了').fill('18:00');
    // Meanwhile someone else saves the resource: the editor's version is stale.
    await staff.as('coordinator').data(UPDATE_RESOURCE, { id: resource.id, input: { ...resource.input, cost: '無料' }, expectedVersion: 1 });
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByRole('alert').filter({ hasText: '他の人がこの社会資源を先に更新しました' }).waitFor();
    await page.getByRole('button', { name: 'この内容で上書き保存する' }).click();

    await page.getByRole('heading', { level: 1, name: resource.name }).waitFor();
    await page.getByText('子ども無料、大人200円').waitFor();
    await page.getByRole('table', { name: '曜日ごとの開催時間' }).getByRole('row', { name: /水 16:00〜18:00/ }).waitFor();

    await page.getByRole('button', { name: '休止する' }).click();
    await page.getByRole('button', { name: '再開する' }).waitFor();
    await page.getByText('休止中', { exact: true }).waitFor();
  });

  it('the coordinator checks a CSV with a bad row (nothing imported), then imports a good one', async () => {
    const tag = randomBytes(3).toString('hex');
    const good = `さくらの居場所 ${tag}`;
    const page = await scope.signedIn('coordinator@sakura.example');
    await page.goto('/resources');
    await page.getByRole('link', { name: 'CSVの取り込み・書き出し' }).click();
    await page.getByRole('heading', { level: 1, name: 'CSVの取り込み・書き出し' }).waitFor();
    await checkPage(page, 'resource-import');

    await page.getByLabel('CSVファイル').setInputFiles(csvFile([csvRow(good, '誰でも'), csvRow(`宇宙の居場所 ${tag}`, '宇宙人')]));
    await page.getByLabel('文字コード', { exact: true }).selectOption({ label: 'UTF-8' });
    await page.getByRole('button', { name: '確認（取り込まない）' }).click();
    const errors = page.getByRole('table', { name: 'CSVの誤り' });
    await errors.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) }).getByRole('cell', { name: 'eligibility', exact: true }).waitFor();
    await page.getByText('1件の誤りがあります。直してから、もう一度確認してください。').waitFor();
    await expect(page.getByRole('button', { name: '取り込む', exact: true }).isDisabled()).resolves.toBe(true);
    await checkPage(page, 'resource-import-errors');
    const before = await staff.as('coordinator').data<Search>(SEARCH, { filter: { text: good } });
    expect(before.resources.totalCount).toBe(0);

    await page.getByLabel('CSVファイル').setInputFiles(csvFile([csvRow(good, '誰でも')]));
    await page.getByRole('button', { name: '確認（取り込まない）' }).click();
    await page.getByText(/^新規登録 1件、更新 0件（文字コード：/).waitFor();
    await page.getByText('誤りはありません。「取り込む」で登録できます。').waitFor();
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await page.getByText('取り込みました：新規登録 1件、更新 0件').waitFor();

    const after = await staff.as('coordinator').data<Search>(SEARCH, { filter: { text: good } });
    expect(after.resources.edges.map((edge) => edge.node)).toEqual([{ name: good, area: '東地区' }]);

    // The export carries the imported resource, UTF-8 with a BOM for spreadsheets.
    const download = await downloadFrom(page.getByRole('button', { name: 'CSVで書き出す' }));
    expect(download.suggestedFilename()).toMatch(/^shakai-shigen-\d{8}\.csv$/);
    const exported = await readFile(await download.path());
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.toString('utf8')).toContain(good);
  });
});
