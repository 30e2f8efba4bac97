import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { CaseFixtures } from '@renkei/testing';
import type { Locator, Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { chooseOption } from './support/combobox.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';

const COORDINATOR = 'coordinator@sakura.example';
const AGENCIES = `query { me { agency { id } } agencies { id name } }`;
const UPDATE_PLAN = `mutation ($id: ID!, $input: PlanInput!, $expectedVersion: Int!) { updatePlan(id: $id, input: $input, expectedVersion: $expectedVersion) { version } }`;

/** Picks an agency in a searchable list by typing part of its name, as a person would. */
async function chooseAgency(page: Page, within: Locator, label: string, name: string): Promise<void> {
  await chooseOption(page, within.getByRole('combobox', { name: label }), name.slice(0, 4), name);
}

describe('アセスメントと支援プランの作成', () => {
  const scope = useBrowserApp();
  let coordinator: string;
  // Three agencies other than the coordinator's own, to take the roles.
  let agencies: [string, string, string];

  beforeAll(async () => {
    coordinator = await scope.app.login(COORDINATOR, DEMO_PASSWORD);
    const data = await scope.app.http.as(coordinator).data<{ me: { agency: { id: string } }; agencies: { id: string; name: string }[] }>(AGENCIES);
    agencies = data.agencies.filter((agency) => agency.id !== data.me.agency.id).map((agency) => agency.name).slice(0, 3) as [string, string, string];
  });

  it('the coordinator writes an assessment, drafts a plan with two goals and three roles, edits it (meeting a concurrent edit) and records the agreement', async () => {
    const tag = randomBytes(3).toString('hex');
    const caseId = await new CaseFixtures(scope.app).openCase(coordinator, `支援プラン ${tag}`);
    const page = await scope.signedIn(COORDINATOR);

    // アセスメント: two domains written, one not known yet.
    await page.goto(`/cases/${caseId}/assessment`);
    await page.getByRole('heading', { level: 1, name: 'アセスメント' }).waitFor();
    await page.getByRole('group', { name: '住まい' }).getByRole('radio', { name: '記入' }).check();
    await page.getByLabel('住まいの状況').fill(`家賃を3か月滞納 ${tag}`);
    await page.getByRole('group', { name: '家計' }).getByRole('radio', { name: '記入' }).check();
    await page.getByLabel('家計の状況').fill('借入が複数ある');
    await page.getByRole('group', { name: 'こころの健康' }).getByRole('radio', { name: '未把握' }).check();
    await page.getByLabel('本人の言葉での困りごと').fill('家を出ていかなければならないのが怖い');
    await page.getByLabel('支援者の見立て').fill('家計の見直しで滞納の解消が見込める');
    await page.getByRole('group', { name: '緊急度' }).getByRole('radio', { name: '高' }).check();
    await checkPage(page, 'assessment-editor');
    await page.getByRole('button', { name: 'アセスメントを保存する' }).click();
    await page.getByText('アセスメントを第1版として保存しました。').waitFor();
    const latest = page.getByRole('region', { name: '最新の版' });
    await latest.getByText(`家賃を3か月滞納 ${tag}`).waitFor();
    await latest.getByText('こころの健康', { exact: true }).waitFor();

    // プランを作成, from the case page.
    await page.goto(`/cases/${caseId}`);
    const section = page.getByRole('region', { name: '支援プラン' });
    await section.getByText('支援プランはまだありません。').waitFor();
    await section.getByRole('link', { name: 'プランを作成' }).click();
    await page.getByRole('heading', { level: 1, name: '支援プランを作成' }).waitFor();
    await page.getByLabel('本人の希望（本人の言葉で）').fill('この家に住み続けたい');
    await page.getByLabel('家族の希望').fill('母の通院を続けたい');
    await page.getByLabel('総合的な方針').fill('住まいと家計を同時に立て直す');

    const goal1 = page.getByRole('group', { name: '目標1', exact: true });
    await goal1.getByLabel('期間').selectOption({ label: '短期目標' });
    await goal1.getByLabel('生活の分野').selectOption({ label: '住まい' });
    await goal1.getByLabel('目標の内容').fill(`家賃の滞納を解消する ${tag}`);
    const role11 = page.getByRole('group', { name: '目標1の役割1' });
    await chooseAgency(page, role11, '担当する機関', agencies[0]);
    await role11.getByLabel('行うこと').fill('家主との支払い計画の調整');
    await role11.getByLabel('頻度').fill('月1回');
    await page.getByRole('button', { name: '目標1に役割を追加' }).click();
    const role12 = page.getByRole('group', { name: '目標1の役割2' });
    await chooseAgency(page, role12, '担当する機関', agencies[1]);
    await role12.getByLabel('行うこと').fill('住居確保給付金の申請支援');
    await role12.getByLabel('頻度').fill('申請時');

    await page.getByRole('button', { name: '目標を追加' }).click();
    const goal2 = page.getByRole('group', { name: '目標2', exact: true });
    await goal2.getByLabel('期間').selectOption({ label: '長期目標' });
    await goal2.getByLabel('生活の分野').selectOption({ label: '家計' });
    await goal2.getByLabel('目標の内容').fill('家計を安定させる');
    const role21 = page.getByRole('group', { name: '目標2の役割1' });
    await chooseAgency(page, role21, '担当する機関', agencies[2]);
    await role21.getByLabel('行うこと').fill('家計改善の相談');
    await role21.getByLabel('頻度').fill('週1回');

    await page.getByLabel('参加支援につなぐ').check();
    await chooseAgency(page, page.locator('body'), '主担当機関', agencies[0]);
    await checkPage(page, 'plan-editor');
    await page.getByRole('button', { name: '下書きを保存する' }).click();

    // The draft's own page: edited again, its version moves.
    await page.getByRole('heading', { level: 1, name: '支援プラン 第1版' }).waitFor();
    await expect(page.getByRole('group', { name: '目標1の役割2' }).getByLabel('行うこと').inputValue()).resolves.toBe('住居確保給付金の申請支援');
    await page.getByLabel('総合的な方針').fill('住まいと家計を同時に立て直し、通院も続ける');
    await page.getByRole('button', { name: '下書きを保存する' }).click();
    await page.getByText('支援プラン第1版を保存しました（更新2回目）。').waitFor();

    // Someone else saves meanwhile: the coordinator's entries are kept, and saved over it knowingly.
    const planId = new URL(page.url()).pathname.split('/').pop();
    const theirs = { goals: [{ term: 'SHORT', category: 'HOUSING', text: '別の担当者の目標', roles: [] }], participationReferral: false, outreach: false };
    await scope.app.http.as(coordinator).data(UPDATE_PLAN, { id: planId, input: theirs, expectedVersion: 2 });
    await page.getByLabel('総合的な方針').fill('住まいと家計を立て直し、通院と見守りも続ける');
    await page.getByRole('button', { name: '下書きを保存する' }).click();
    await page.getByText('ほかの人がこのプランを変更しました').waitFor();
    await expect(page.getByLabel('総合的な方針').inputValue()).resolves.toBe('住まいと家計を立て直し、通院と見守りも続ける');
    await page.getByRole('button', { name: '自分の入力内容で上書きする' }).click();
    await page.getByText('支援プラン第1版を保存しました（更新4回目）。').waitFor();

    // 本人の同意.
    const agreement = page.getByRole('region', { name: '本人の同意' });
    await agreement.getByText('本人の同意はまだ記録されていません。').waitFor();
    await agreement.getByLabel('同意の方法').selectOption({ label: '口頭' });
    await agreement.getByRole('button', { name: '同意を記録する' }).click();
    await agreement.getByText('本人の同意を記録しました。').waitFor();
    await agreement.getByText(/^口頭で同意（/).waitFor();
    await checkPage(page, 'plan-draft');

    // The case page shows the draft in the making, no plan in force yet.
    await page.goto(`/cases/${caseId}`);
    const onCase = page.getByRole('region', { name: '支援プラン' });
    await onCase.getByText('作成中の版：').waitFor();
    await onCase.getByText('支援プランはまだありません。').waitFor();
    await expect(onCase.getByRole('link', { name: '第1版' }).count()).resolves.toBe(2);
    await expect(onCase.getByRole('link', { name: 'プランを作成' }).count()).resolves.toBe(0);
    await checkPage(page, 'case-plan-section');
  }, 240_000);
});
