import { describe, expect, it } from '@jest/globals';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, signIn, useBrowserApp } from './support/browser-app.js';

describe('ログイン', () => {
  const scope = useBrowserApp();

  it('serves the client at / and sends a visitor without a session to the login page', async () => {
    const page = await (await scope.context()).newPage();
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await checkPage(page, 'login');
  });

  it('signs a caseworker in: the header names the user, the agency and the municipality', async () => {
    const page = await scope.signedIn('housing@sakura.example');
    const header = page.getByRole('banner');
    // Who is signed in arrives with its own query, a moment after the page: waited for, not polled once.
    await header.getByText('住まい 次郎 (housing caseworker)').waitFor();
    await header.getByText('桜市 居住支援法人 Sakura Housing Support').waitFor();
    await header.getByText('桜市 Sakura City (demo)').waitFor();
    expect(page.url()).not.toContain('token');
  });

  it('says a wrong password plainly, in Japanese, with no server text', async () => {
    const page = await (await scope.context()).newPage();
    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill('housing@sakura.example');
    await page.getByLabel('パスワード').fill('not-the-password');
    await page.getByRole('button', { name: 'ログインする' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();
    expect(await alert.textContent()).not.toMatch(/UNAUTHENTICATED|Error|invalid/i);
  });

  it('checks the form before sending it and names each missing field', async () => {
    const page = await (await scope.context()).newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.getByText('メールアドレスを正しい形式で入力してください。').waitFor();
    await page.getByText('パスワードを入力してください。').waitFor();
    expect(await page.getByLabel('メールアドレス').getAttribute('aria-invalid')).toBe('true');
  });

  it('works by keyboard alone, and signing out returns to the login page with a message', async () => {
    const page = await (await scope.context()).newPage();
    await page.goto('/login');
    await page.getByLabel('メールアドレス').waitFor();
    // The email field has the focus on arrival; Tab leads on to the password.
    await page.keyboard.type('coordinator@sakura.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    const signOut = page.getByRole('button', { name: 'ログアウト' });
    await signOut.focus();
    await page.keyboard.press('Enter');
    await page.getByText('ログアウトしました。').waitFor();
    await page.goto('/cases');
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
  });

  it('opens each role on its own desk', async () => {
    const page = await (await scope.context()).newPage();
    await signIn(page, 'admin@sakura.example');
    await page.waitForURL('**/admin');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    // Waited for, not read at once: the menu is drawn for the user's roles once they arrive.
    await nav.getByRole('link', { name: '管理' }).waitFor();
    await expect(nav.getByRole('link', { name: 'マイタスク' }).count()).resolves.toBe(0);
  });

  it.each([
    ['has expired', -60_000, 'ログインの有効期限が切れました。もう一度ログインしてください。'],
    ['was ended on the server', 3_600_000, 'このセッションは終了しました（アカウントの利用停止など）。続けるには、もう一度ログインしてください。'],
  ])('returns to the login page with a message when the session %s, never a blank page', async (_case, expiresIn, message) => {
    const context = await scope.context();
    // A token the server refuses, as it refuses an expired or revoked one.
    await context.addInitScript(`window.sessionStorage.setItem('renkei.token', 'refused.token.value'); window.sessionStorage.setItem('renkei.expiresAt', String(Date.now() + ${expiresIn}));`);
    const page = await context.newPage();
    await page.goto('/cases');
    await page.getByText(message).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('switches to English from the header and back, remembering the choice on this device', async () => {
    const page = await scope.signedIn('housing@sakura.example');
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My tasks' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Switch the display language to Japanese' }).click();
    await page.getByRole('button', { name: 'ログアウト' }).waitFor();
  });
});
