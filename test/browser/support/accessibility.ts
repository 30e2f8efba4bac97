import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, VIEWPORTS } from './browser-app.js';

/**
 * Checks the page as it stands with axe (no serious or critical violation, WCAG 2.1 AA rules)
 * at the laptop and the tablet width, that it fits without sideways scrolling at each, and
 * photographs it at each width when asked (RENKEI_SCREENSHOTS; tmp/screenshots, not committed).
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ rule: violation.id, impact: violation.impact, where: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
    expect({ page: name, viewport: label, violations: blocking }).toEqual({ page: name, viewport: label, violations: [] });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect({ page: name, viewport: label, overflowPx: overflow }).toEqual({ page: name, viewport: label, overflowPx: 0 });
    if (SCREENSHOTS) await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
