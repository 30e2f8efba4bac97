import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

/**
 * Starts watching `page` for `text`, and returns what tells whether it has been drawn since,
 * however briefly: a cached answer shown for a moment before the network's replaces it is
 * seen here, where waiting for the page's final state would miss it. The page must not be
 * loaded anew in between (navigate within the app).
 */
export async function watchForGlimpse(page: Page, text: string): Promise<() => Promise<boolean>> {
  const key = `glimpse-${randomUUID()}`;
  await page.evaluate(
    ({ key, text }) => {
      const marks = window as unknown as Record<string, boolean>;
      marks[key] = document.body.textContent?.includes(text) ?? false;
      // Each added node and changed text is looked at as it is drawn, before a later change removes it.
      new MutationObserver((records) => {
        for (const record of records) {
          const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
          if (nodes.some((node) => node.textContent?.includes(text))) marks[key] = true;
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { key, text },
  );
  return () => page.evaluate((key) => (window as unknown as Record<string, boolean>)[key] === true, key);
}
