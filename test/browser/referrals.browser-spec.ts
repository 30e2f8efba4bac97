import { EventEmitter, once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { TaskReminders } from '@renkei/tasks';
import { Operations } from '@renkei/testing';
import type { Locator, Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { signIn, useBrowserApp } from './support/browser-app.js';
import { useDemoStaff } from './support/demo-staff.js';

// The demo's 8050 household (apps/api/src/demo/cases.story.ts): the housing caseworker is on its team.
const CASE_TITLE = '8050世帯: 家賃滞納と通院中断';
const HOUSING = 'housing@sakura.example';
// A 子ども食堂 of the demo directory named in kanji (resources.story.ts); its reading is found in hiragana.
const RESOURCE = '東町子ども食堂 おむすび';
const RESOURCE_IN_HIRAGANA = 'ひがしまちこどもしょくどう';
const FOLLOW_UP_TASK = '参加支援のフォローアップ（本人）';
const REFER = `mutation Refer($input: ReferToResourceInput!) { referToResource(input: $input) { id version } }`;
const UPDATE = `mutation Step($id: ID!, $status: ReferralStatus!, $expectedVersion: Int!) { updateReferral(id: $id, status: $status, expectedVersion: $expectedVersion) { id version } }`;
const FIND_RESOURCE = `query Find($text: String!) { resources(filter: { text: $text }, first: 1) { edges { node { id name } } } }`;
const unique = (text: string) => `${text} ${randomBytes(3).toString('hex')}`;
/** The next calendar day in Japan: the earliest follow-up, and within a day, so its reminder is due soon. */
const tomorrowInJapan = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + 86_400_000));

/** The live events (graphql-ws "next" messages) a page has received, to wait on one of them. */
class DeliveredEvents {
  private readonly received: string[] = [];
  private readonly arrived = new EventEmitter();

  static async of(page: Page): Promise<DeliveredEvents> {
    const events = new DeliveredEvents();
    await page.routeWebSocket(/\/graphql$/, (route) => {
      const server = route.connectToServer();
      server.onMessage((message) => {
        route.send(message);
        const text = String(message);
        if (!text.includes('"type":"next"')) return;
        events.received.push(text);
        events.arrived.emit('next');
      });
    });
    return events;
  }

  /** Resolves once a received event matches (also one received before the call). */
  async waitFor(matches: (message: string) => boolean, timeoutMs = 30_000): Promise<void> {
    const signal = AbortSignal.timeout(timeoutMs);
    while (!this.received.some(matches)) await once(this.arrived, 'next', { signal });
  }
}

describe('参加支援（社会資源へのつなぎ）', () => {
  const scope = useBrowserApp();
  const { agency, as } = useDemoStaff(scope);
  let caseId: string;

  beforeAll(async () => {
    const { cases } = await as('coordinator').data<{ cases: { edges: { node: { id: string; title: string } }[] } }>(Operations.CASES, { first: 100 });
    const found = cases.edges.find(({ node }) => node.title === CASE_TITLE);
    if (!found) throw new Error(`the demo case ${CASE_TITLE} is missing`);
    caseId = found.node.id;
  });

  /**
   * The caseworker's マイタスク in a tab of its own, once its live stream is known to deliver: a
   * task is given to their agency until the page announces it (an event, not a sleep).
   */
  async function liveTaskPage(): Promise<{ page: Page; events: DeliveredEvents }> {
    const page = await (await scope.context()).newPage();
    const events = await DeliveredEvents.of(page);
    await signIn(page, HOUSING);
    await page.getByRole('heading', { level: 1, name: 'マイタスク' }).waitFor();
    for (let attempt = 1; ; attempt++) {
      const title = unique(`接続確認 ${attempt}`);
      await as('coordinator').data(Operations.ASSIGN_TASK, { input: { caseId, title, assigneeAgencyId: agency.housing } });
      try {
        await page.getByRole('status').filter({ hasText: `新しいタスクが割り当てられました：${title}` }).waitFor({ timeout: 2_000 });
        return { page, events };
      } catch (error) {
        if (attempt === 10) throw error;
      }
    }
  }

  it('lets a caseworker refer the person to a 子ども食堂 found in hiragana, record each step, issue the 紹介票 and get the follow-up reminder', async () => {
    const tasks = await liveTaskPage();
    const page = await scope.signedIn(HOUSING);
    const note = unique('見学から始めたいとのこと');
    const shared = unique('食物アレルギーはありません。初回は長男と一緒に参加します。');
    const followUpOn = tomorrowInJapan();
    // The demo's own referral of this caseworker has a follow-up too: this one is told by its due time.
    const dueAt = new Date(`${followUpOn}T00:00:00+09:00`).toISOString();
    const [year, month, day] = followUpOn.split('-').map(Number);
    const followUpTask = tasks.page.getByRole('article', { name: FOLLOW_UP_TASK }).filter({ hasText: `${year}/${month}/${day} 00:00` });

    // The case, from the list, as a caseworker finds it.
    await page.getByRole('link', { name: 'ケース', exact: true }).click();
    await page.getByRole('link', { name: CASE_TITLE }).click();
    const panel = page.getByRole('region', { name: '参加支援（社会資源へのつなぎ）' });
    await panel.getByRole('button', { name: '社会資源につなぐ' }).click();

    // 社会資源につなぐ: the directory finds the kanji name from its reading typed in hiragana.
    const dialog = page.getByRole('dialog', { name: '社会資源につなぐ' });
    await dialog.getByRole('searchbox', { name: '社会資源を検索' }).fill(RESOURCE_IN_HIRAGANA);
    await dialog.getByRole('button', { name: '検索する' }).click();
    await dialog.getByRole('radio', { name: new RegExp(`^${RESOURCE}（`) }).check();
    await dialog.getByLabel('メモ').fill(note);
    await dialog.getByLabel('本人へのフォローアップ日').fill(followUpOn);
    await dialog.getByRole('button', { name: 'つなぐ', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: `「${RESOURCE}」につなぎました（提案）。` }).waitFor();

    const referral = panel.getByRole('article', { name: `つなぎ先：${RESOURCE}` });
    await referral.getByRole('heading', { name: /提案/ }).waitFor();
    await referral.getByRole('listitem').filter({ hasText: '提案' }).getByText(note).waitFor();

    // The follow-up is the caseworker's task: it reaches their マイタスク live.
    await followUpTask.waitFor();

    // 本人同意 (with what the host may know) → 紹介済 → 参加開始, each among the allowed steps only.
    const record = async (status: string, fill?: (form: Locator) => Promise<void>) => {
      await referral.getByRole('button', { name: `「${RESOURCE}」の状況を記録` }).click();
      const form = page.getByRole('dialog', { name: `「${RESOURCE}」の状況を記録` });
      await form.getByLabel('次の状況').selectOption({ label: status });
      await fill?.(form);
      await form.getByRole('button', { name: '記録する' }).click();
      await panel.getByRole('status').filter({ hasText: `「${RESOURCE}」の状況を「${status}」と記録しました。` }).waitFor();
      await referral.getByRole('heading', { name: new RegExp(status) }).waitFor();
    };
    await record('本人同意', async (form) => {
      await expect(form.getByRole('option').allTextContents()).resolves.toEqual(['本人同意', '見送り']);
      await form.getByLabel('本人が受入先に伝えることに同意した内容').fill(shared);
    });
    await record('紹介済');
    await record('参加開始');
    await referral.getByRole('listitem').filter({ hasText: '参加開始' }).waitFor();
    await checkPage(page, 'referrals-panel');

    // 紹介票: only what the person agreed to share, never the caseworker's note.
    await referral.getByRole('link', { name: `「${RESOURCE}」の紹介票を開く` }).click();
    await page.getByRole('heading', { level: 1, name: '紹介票' }).waitFor();
    await page.getByText(RESOURCE, { exact: true }).waitFor();
    await page.getByText(shared).waitFor();
    await expect(page.getByText(note).count()).resolves.toBe(0);
    await checkPage(page, 'referral-introduction');

    // The reminder: the follow-up falls due within a day, so the tasks context sends DUE_SOON live.
    await scope.app.app.get(TaskReminders).tick();
    await tasks.events.waitFor((message) => message.includes('"type":"DUE_SOON"') && message.includes(FOLLOW_UP_TASK) && message.includes(dueAt));
    await followUpTask.getByText('期限間近').waitFor();
    // …and the page says so, not only the card, among the other reminders of the same run.
    await tasks.page.getByRole('status').getByText('期限が近づいています：').filter({ hasText: FOLLOW_UP_TASK }).waitFor();
    // A whole journey through two tabs: longer than one page's test on a busy machine.
  });

  it('says when someone else recorded a step meanwhile, keeps the form, and offers the steps from the new status', async () => {
    const { resources } = await as('housing').data<{ resources: { edges: { node: { id: string; name: string } }[] } }>(FIND_RESOURCE, { text: 'にじいろ' });
    const resource = resources.edges[0]?.node;
    if (!resource) throw new Error('the demo resource こども食堂 にじいろ is missing');
    const note = unique('土曜の昼なら行けそう');
    const { referToResource } = await as('housing').data<{ referToResource: { id: string; version: number } }>(REFER, { input: { caseId, resourceId: resource.id, note } });

    const page = await scope.signedIn(HOUSING);
    await page.goto(`/cases/${caseId}`);
    const panel = page.getByRole('region', { name: '参加支援（社会資源へのつなぎ）' });
    const referral = panel.getByRole('article', { name: `つなぎ先：${resource.name}` }).filter({ hasText: note });
    await referral.getByRole('button', { name: `「${resource.name}」の状況を記録` }).click();
    const form = page.getByRole('dialog', { name: `「${resource.name}」の状況を記録` });
    await form.getByLabel('次の状況').selectOption({ label: '本人同意' });
    await form.getByLabel('経過のメモ').fill('電話で同意を確認。');

    // The coordinator records the same step first; this form still holds the old version.
    await as('coordinator').data(UPDATE, { id: referToResource.id, status: 'AGREED', expectedVersion: referToResource.version });
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByRole('alert').filter({ hasText: 'ほかの人がこのつなぎの状況を記録しました' }).waitFor();
    await expect(form.getByLabel('経過のメモ').inputValue()).resolves.toBe('電話で同意を確認。');
    await form.getByLabel('次の状況').getByRole('option', { name: '紹介済' }).waitFor({ state: 'attached' });
    await expect(form.getByLabel('次の状況').getByRole('option').allTextContents()).resolves.toEqual(['紹介済', '見送り']);
    await checkPage(page, 'referrals-conflict');

    await form.getByLabel('次の状況').selectOption({ label: '紹介済' });
    await form.getByRole('button', { name: '記録する' }).click();
    await panel.getByRole('status').filter({ hasText: `「${resource.name}」の状況を「紹介済」と記録しました。` }).waitFor();
    await referral.getByRole('heading', { name: /紹介済/ }).waitFor();
  });
});
