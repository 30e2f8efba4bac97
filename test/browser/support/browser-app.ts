import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, jest } from '@jest/globals';
import { startTestApp, WORKSPACE_ROOT, type TestApp } from '@renkei/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Headless on a closed network: no background calls home, no sandbox as root in CI.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const DEMO_PASSWORD = 'sakura-demo-2026';
/**
 * Where every checked screen is photographed, at each width, when RENKEI_SCREENSHOTS is set
 * (a review of the screens); null otherwise, as a full-page photograph costs the suite
 * minutes and nothing reads them in CI.
 */
export const SCREENSHOTS = process.env['RENKEI_SCREENSHOTS'] ? resolve(WORKSPACE_ROOT, 'tmp/screenshots') : null;

/** A laptop at a counter, and a tablet in a meeting room. */
export const VIEWPORTS = { laptop: { width: 1280, height: 800 }, tablet: { width: 768, height: 1024 } } as const;

export interface BrowserScope {
  readonly app: TestApp;
  readonly browser: Browser;
  /** A fresh browser profile (its own cookies and storage), closed after the test. */
  context(viewport?: keyof typeof VIEWPORTS): Promise<BrowserContext>;
  /** A fresh profile's page, signed in as a demo user. */
  signedIn(email: string, viewport?: keyof typeof VIEWPORTS): Promise<Page>;
}

/**
 * Boots the real server (with the demo municipality and the built client) and Chromium once
 * for the test file; every test gets its own browser contexts.
 */
export function useBrowserApp(): BrowserScope {
  // A journey waits for the server and the browser, often two of each, and checks several
  // pages with axe: a quiet machine's 30 s took more than 90 on the loaded 2-core CI. Every
  // action has its own bound (15 s, with its reason), so this only bounds a whole journey
  // (Jest takes it per file, not from a project's config).
  jest.setTimeout(180_000);
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  // What Chromium refused under the server's content security policy: the client must work within it.
  let violations: string[] = [];
  beforeAll(async () => {
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    [app, browser] = await Promise.all([
      // RENKEI_WEB_CLIENT_DIR: a client built elsewhere (`vite build --outDir`), e.g. while another build runs.
      startTestApp({ DEMO_DATA: 'true', WEB_CLIENT_DIR: process.env['RENKEI_WEB_CLIENT_DIR'] ?? resolve(WORKSPACE_ROOT, 'dist/apps/web') }),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
    ]);
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    const refused = violations;
    violations = [];
    if (refused.length > 0) throw new Error(`The page broke its content security policy:\n${refused.join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const scope: BrowserScope = {
    get app() {
      if (!app) throw new Error('useBrowserApp: used before beforeAll');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('useBrowserApp: used before beforeAll');
      return browser;
    },
    async context(viewport = 'laptop') {
      const context = await scope.browser.newContext({ baseURL: scope.app.httpUrl, viewport: VIEWPORTS[viewport], locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      // Shorter than the test's own timeout, so a failure names the element it waited for.
      context.setDefaultTimeout(15_000);
      context.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(`${message.location().url}: ${message.text()}`);
      });
      contexts.push(context);
      return context;
    },
    async signedIn(email, viewport) {
      const page = await (await scope.context(viewport)).newPage();
      await signIn(page, email);
      return page;
    },
  };
  return scope;
}

/** Signs in through the login page, as a person would, and waits for the first page after it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログインする' }).click();
  await page.getByRole('button', { name: 'ログアウト' }).waitFor();
}
