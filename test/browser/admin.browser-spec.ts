import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, signIn, useBrowserApp } from './support/browser-app.js';

const ADMIN = 'admin@sakura.example';

const AGENCIES = `query { agencies { id name sector } }`;
const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const MUNICIPALITY = `query { municipality { supportMeetingAccessDays } }`;

describe('管理', () => {
  const scope = useBrowserApp();
  const unique = () => randomUUID().slice(0, 8);

  it('the admin adds an agency, then a user of it, on the page', async () => {
    const page = await scope.signedIn(ADMIN);
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { name: '管理', level: 1 }).waitFor();
    const agencies = page.getByRole('region', { name: '参加機関' });
    const users = page.getByRole('region', { name: '利用者' });
    await users.getByRole('cell', { name: 'admin@sakura.example' }).waitFor();
    await checkPage(page, 'admin');

    const agency = `桜市 テスト機関 ${unique()}`;
    await agencies.getByLabel('機関名').fill(agency);
    await agencies.getByLabel('分野').selectOption({ label: '就労' });
    await agencies.getByRole('button', { name: '機関を登録する' }).click();
    await agencies.getByText(`「${agency}」を登録しました。`).waitFor();
    // The notice comes with the answer; the list shows the agency once it has been read again.
    await agencies.getByRole('row', { name: `${agency} 就労` }).waitFor();

    // The form names each missing field before sending anything.
    await users.getByRole('button', { name: '利用者を登録する' }).click();
    await users.getByText('氏名を100文字以内で入力してください。').waitFor();
    await users.getByText('役割を1つ以上選択してください。').waitFor();

    const email = `worker-${unique()}@sakura.example`;
    await users.getByLabel('氏名').fill('テスト 花子');
    await users.getByLabel('メールアドレス').fill(email);
    await users.getByLabel('初期パスワード').fill('a-long-enough-password');
    await users.getByLabel('所属機関').selectOption({ label: agency });
    await users.getByLabel('相談支援員').check();
    await users.getByRole('button', { name: '利用者を登録する' }).click();
    await users.getByText('テスト 花子さんを登録しました。', { exact: false }).waitFor();
    // The notice comes with the answer; the list shows the new user once it has been read again.
    const row = users.getByRole('row').filter({ hasText: email });
    await row.getByText(agency).waitFor();
    await row.getByText('相談支援員').waitFor();
    await row.getByText('利用中').waitFor();

    // A taken email is said at the email field, in Japanese.
    await users.getByLabel('氏名').fill('重複 太郎');
    await users.getByLabel('メールアドレス').fill(email);
    await users.getByLabel('初期パスワード').fill('a-long-enough-password');
    await users.getByLabel('所属機関').selectOption({ label: agency });
    await users.getByLabel('監査担当（個人情報保護）').check();
    await users.getByRole('button', { name: '利用者を登録する' }).click();
    await users.getByText('このメールアドレスはすでに登録されています。').waitFor();
    expect(await users.getByLabel('メールアドレス').getAttribute('aria-invalid')).toBe('true');
  });

  it('deactivating a user ends their open page at once, back on the login page with the reason', async () => {
    const admin = scope.app.http.as(await scope.app.login(ADMIN, DEMO_PASSWORD));
    const { agencies } = await admin.data<{ agencies: { id: string; sector: string }[] }>(AGENCIES);
    const email = `leaver-${unique()}@sakura.example`;
    const name = `退職 予定 ${unique()}`;
    await admin.data(CREATE_USER, { input: { email, displayName: name, password: DEMO_PASSWORD, agencyId: agencies.find((a) => a.sector === 'HOUSING')?.id, roles: ['CASEWORKER'] } });

    // The user's own browser, on マイタスク, which listens on the socket.
    const userPage = await (await scope.context()).newPage();
    const socket = userPage.waitForEvent('websocket');
    await signIn(userPage, email);
    await socket;

    const page = await scope.signedIn(ADMIN);
    const users = page.getByRole('region', { name: '利用者' });
    await users.getByRole('button', { name: `${name}さんの利用を停止する` }).click();
    const dialog = page.getByRole('dialog', { name: '利用を停止しますか' });
    await dialog.getByText(email, { exact: false }).waitFor();
    await checkPage(page, 'admin-deactivate-dialog');
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await dialog.waitFor({ state: 'detached' });
    await users.getByRole('button', { name: `${name}さんの利用を停止する` }).click();
    await dialog.getByRole('button', { name: '停止する' }).click();
    await page.getByText(`${name}さんの利用を停止しました。`).waitFor();
    await users.getByRole('row').filter({ hasText: email }).getByText('利用停止').waitFor();

    await userPage.getByRole('heading', { name: 'ログイン' }).waitFor();
    await userPage.getByText('このセッションは終了しました', { exact: false }).waitFor();
  });

  it('clears a user’s sign-in delays', async () => {
    const page = await scope.signedIn(ADMIN);
    const users = page.getByRole('region', { name: '利用者' });
    await users.getByRole('button', { name: '住まい 次郎 (housing caseworker)さんのログイン制限を解除する' }).click();
    await users.getByText('住まい 次郎 (housing caseworker)さんのログイン制限', { exact: false }).filter({ hasText: '解除しました' }).waitFor();
  });

  it('the admin changes the days a support meeting’s members keep access, checked at the field', async () => {
    const page = await scope.signedIn(ADMIN);
    const settings = page.getByRole('region', { name: '自治体の設定' });
    const days = settings.getByLabel('支援会議の終了後の閲覧日数');
    await settings.getByText('支援会議の終了後、構成員が議題のケースを閲覧できる日数', { exact: false }).waitFor();
    await days.fill('400');
    await settings.getByRole('button', { name: '保存する' }).click();
    await settings.getByText('0から365までの整数で入力してください。').waitFor();
    expect(await days.getAttribute('aria-invalid')).toBe('true');

    await days.fill('45');
    await settings.getByRole('button', { name: '保存する' }).click();
    await settings.getByText('設定を保存しました。').waitFor();
    const admin = scope.app.http.as(await scope.app.login(ADMIN, DEMO_PASSWORD));
    await expect(admin.data(MUNICIPALITY)).resolves.toEqual({ municipality: { supportMeetingAccessDays: 45 } });
    await checkPage(page, 'admin-settings');
  });
});
