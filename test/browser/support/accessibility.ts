import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, VIEWPORTS } from './browser-app.js';

/**
 * Checks the page as it stands with axe (no serious or critical violation, WCAG 2.1 AA rules)
 * at the laptop and the tablet width, that it fits without sideways scrolling at each, and
 * photographs it at each width when asked (RENKEI_SCREENSHOTS; tmp/screenshots, not committed).
 *
 * Colour contrast is checked at the first width only: no class of ours changes a colour with
 * the width, and the rule is most of axe's cost (6 of 9 s on the 指標 page's 1,060 text nodes,
 * which under a full run's load pushed its test past its time).
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [index, [label, viewport]] of Object.entries(VIEWPORTS).entries()) {
    await page.setViewportSize(viewport);
    const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    const results = await (index === 0 ? axe : axe.disableRules(['color-contrast'])).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ rule: violation.id, impact: violation.impact, where: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
    expect({ page: name, viewport: label, violations: blocking }).toEqual({ page: name, viewport: label, violations: [] });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect({ page: name, viewport: label, overflowPx: overflow }).toEqual({ page: name, viewport: label, overflowPx: 0 });
    if (SCREENSHOTS) await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
  // Back at the first width, the page is laid out again (every chart of the 指標 redrawn): the
  // test goes on once the browser has painted twice, not while it is still busy. In one full
  // run on the loaded machine, a click that followed at once found its link never still for 15 s.
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
}
