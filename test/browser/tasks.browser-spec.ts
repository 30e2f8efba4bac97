import { once, EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { CaseFixtures, Operations } from '@renkei/testing';
import type { Page, WebSocketRoute } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, signIn, useBrowserApp } from './support/browser-app.js';

const HOUSING = 'housing@sakura.example';
const HOUR = 60 * 60 * 1000;
const unique = (title: string) => `${title} ${randomBytes(3).toString('hex')}`;

/**
 * The page's graphql-ws socket, routed through the test: it tells when a live event reached
 * the page, can hold live events back (as if they were still on their way), and can cut the
 * connection like a lost network and let it come back.
 */
class LiveSocket {
  private readonly delivered = new EventEmitter();
  private readonly routes: WebSocketRoute[] = [];
  private offline = false;
  private holding = false;

  static async of(page: Page): Promise<LiveSocket> {
    const socket = new LiveSocket();
    await page.routeWebSocket(/\/graphql$/, (route) => socket.accept(route));
    return socket;
  }

  private accept(route: WebSocketRoute): void {
    // While "offline", every reconnection attempt fails at once.
    if (this.offline) return void route.close({ code: 1001, reason: 'offline' });
    this.routes.push(route);
    const server = route.connectToServer();
    server.onMessage((message) => {
      const live = String(message).includes('"type":"next"');
      if (live && this.holding) return;
      route.send(message);
      if (live) this.delivered.emit('next');
    });
  }

  /** Resolves when the next live event has been passed to the page. */
  nextDelivery(timeoutMs: number): Promise<unknown> {
    return once(this.delivered, 'next', { signal: AbortSignal.timeout(timeoutMs) });
  }

  hold(): void {
    this.holding = true;
  }

  async cut(): Promise<void> {
    this.offline = true;
    await Promise.all(this.routes.splice(0).map((route) => route.close({ code: 1001, reason: 'network lost' })));
  }

  restore(): void {
    this.offline = false;
  }
}


describe('マイタスク', () => {
  const scope = useBrowserApp();
  let coordinatorToken: string;
  let housing: { id: string; agency: { id: string } };
  let caseId: string;
  let readinessTaskId: string;

  const api = () => scope.app.http.as(coordinatorToken);
  const assign = async (title: string, extra: Record<string, unknown> = {}) =>
    (
      await api().data<{ assignTask: { id: string; version: number } }>(Operations.ASSIGN_TASK, {
        input: { caseId, title, assigneeUserId: housing.id, assigneeAgencyId: housing.agency.id, ...extra },
      })
    ).assignTask;

  beforeAll(async () => {
    coordinatorToken = await scope.app.login('coordinator@sakura.example', DEMO_PASSWORD);
    const housingToken = await scope.app.login(HOUSING, DEMO_PASSWORD);
    housing = (await scope.app.http.as(housingToken).data<{ me: typeof housing }>(Operations.ME)).me;
    caseId = await new CaseFixtures(scope.app).openCase(coordinatorToken, unique('タスク画面の確認用ケース'));
    await api().data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: housing.agency.id });
    readinessTaskId = (await assign(unique('接続確認用のタスク'))).id;
  });

  /**
   * The housing caseworker's task page, once its live stream is known to deliver: the
   * subscription starts "from now", so the test comments on a task of theirs until the page
   * has received the event (an event-driven wait, not a sleep).
   */
  async function housingPage(): Promise<{ page: Page; socket: LiveSocket }> {
    const page = await (await scope.context()).newPage();
    const socket = await LiveSocket.of(page);
    await signIn(page, HOUSING);
    await page.getByRole('heading', { level: 1, name: 'マイタスク' }).waitFor();
    for (let attempt = 1; ; attempt++) {
      const delivered = socket.nextDelivery(2_000);
      await api().data(Operations.COMMENT_ON_TASK, { id: readinessTaskId, text: `接続確認 ${attempt}` });
      try {
        await delivered;
        return { page, socket };
      } catch (error) {
        if (attempt === 10) throw error;
      }
    }
  }

  const card = (page: Page, title: string) => page.getByRole('article', { name: title });
  const statusNotice = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  it('shows a task the coordinator assigns, in another browser, without a reload and with a notice', async () => {
    const coordinatorPage = await scope.signedIn('coordinator@sakura.example');
    await coordinatorPage.getByRole('heading', { level: 1, name: 'マイタスク' }).waitFor();
    const { page } = await housingPage();
    const title = unique('家賃の支払い計画を作る');
    await assign(title, { description: '大家さんと相談のうえ、分割の計画を立ててください。' });
    await statusNotice(page, `新しいタスクが割り当てられました：${title}`).waitFor();
    await card(page, title).getByText('依頼中').waitFor();
    await checkPage(page, 'tasks');
  });

  it('lets the caseworker accept, start and complete a task by clicking', async () => {
    const title = unique('住宅扶助の申請を手伝う');
    await assign(title);
    const { page } = await housingPage();
    await card(page, title).getByRole('button', { name: '受諾する' }).click();
    await statusNotice(page, `「${title}」を「受諾済み」にしました。`).waitFor();
    await card(page, title).getByRole('button', { name: '着手する' }).click();
    await statusNotice(page, `「${title}」を「対応中」にしました。`).waitFor();
    await card(page, title).getByRole('button', { name: '完了にする' }).click();
    await statusNotice(page, `「${title}」を「完了」にしました。`).waitFor();
    // A completed task leaves the open tasks and stays among all of them, without actions.
    await card(page, title).waitFor({ state: 'detached' });
    await page.getByLabel('表示するタスク').selectOption({ label: 'すべてのタスク' });
    await card(page, title).getByText('完了', { exact: true }).waitFor();
    await expect(card(page, title).getByRole('button', { name: /する$/ }).count()).resolves.toBe(0);
    await checkPage(page, 'tasks-all');
  });

  it('shows a CONFLICT as "内容が更新されました" with the fresh status, and lets the user act again', async () => {
    const title = unique('大家さんに連絡する');
    const task = await assign(title);
    const { page, socket } = await housingPage();
    await card(page, title).getByRole('button', { name: '受諾する' }).waitFor();
    // Someone accepts it first; the page has not heard of it yet.
    socket.hold();
    await api().data(Operations.UPDATE_TASK_STATUS, { id: task.id, status: 'ACCEPTED', expectedVersion: task.version });
    await card(page, title).getByRole('button', { name: '受諾する' }).click();
    await page.getByRole('alert').filter({ hasText: `内容が更新されました。「${title}」の現在の状態は「受諾済み」です。` }).waitFor();
    await card(page, title).getByText('受諾済み').waitFor();
    await checkPage(page, 'tasks-conflict');
    await card(page, title).getByRole('button', { name: '着手する' }).click();
    await statusNotice(page, `「${title}」を「対応中」にしました。`).waitFor();
  });

  it('adds a comment from the task detail', async () => {
    const title = unique('必要書類をそろえる');
    await assign(title, { description: '住民票の写しと収入の分かる書類。' });
    const { page } = await housingPage();
    await card(page, title).getByRole('button', { name: '詳細とコメント' }).click();
    await card(page, title).getByText('住民票の写しと収入の分かる書類。').waitFor();
    await card(page, title).getByText('コメントはまだありません。').waitFor();
    await card(page, title).getByRole('button', { name: 'コメントを送信する' }).click();
    await card(page, title).getByText('コメントを入力してください。').waitFor();
    await card(page, title).getByLabel('コメントを書く').fill('来週の面談で受け取ります。');
    await card(page, title).getByRole('button', { name: 'コメントを送信する' }).click();
    await card(page, title).getByText('コメントを送信しました。').waitFor();
    await card(page, title).getByRole('listitem').filter({ hasText: '来週の面談で受け取ります。' }).getByText('自分').waitFor();
    await checkPage(page, 'tasks-detail');
  });

  it('marks overdue and due-soon tasks with a text badge and puts overdue first', async () => {
    const later = unique('来月の見守り訪問');
    const soon = unique('明日までの書類提出');
    const overdue = unique('昨日が期限の連絡');
    await assign(later, { dueAt: new Date(Date.now() + 20 * 24 * HOUR).toISOString() });
    await assign(soon, { dueAt: new Date(Date.now() + 2 * HOUR).toISOString() });
    await assign(overdue, { dueAt: new Date(Date.now() - 3 * HOUR).toISOString() });
    const { page } = await housingPage();
    await card(page, overdue).getByText('期限切れ').waitFor();
    await card(page, soon).getByText('期限間近').waitFor();
    await expect(card(page, later).getByText(/期限切れ|期限間近/).count()).resolves.toBe(0);
    const titles = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(titles.indexOf(overdue)).toBeLessThan(titles.indexOf(soon));
    expect(titles.indexOf(soon)).toBeLessThan(titles.indexOf(later));
    await checkPage(page, 'tasks-due');
  });

  it('catches up with the updates missed while the connection was lost, and says so', async () => {
    const { page, socket } = await housingPage();
    await socket.cut();
    const missed = unique('切断中に依頼されたタスク');
    await assign(missed);
    socket.restore();
    await statusNotice(page, /接続が回復しました。未受信の更新 [1-9]\d* 件を反映しました。/).waitFor({ timeout: 30_000 });
    await card(page, missed).getByText('依頼中').waitFor();
    await checkPage(page, 'tasks-caught-up');
  });

  it('sends an admin who opens / to the admin desk', async () => {
    const page = await (await scope.context()).newPage();
    await signIn(page, 'admin@sakura.example');
    await page.goto('/');
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPage(page, 'tasks-admin-redirect');
  });
});
