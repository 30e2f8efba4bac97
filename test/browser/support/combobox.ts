import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of a searchable list (react-aria's combobox) by typing part of it, as a
 * person would: into the field, type, choose. react-aria closes the list when the page
 * scrolls under it, which a slow machine can do just after the field takes focus (the page
 * still settling); a person who sees the list gone opens it again with ↓, and so does this.
 * ↓ on a list that is open only moves the highlight, which the click then overrides.
 */
export async function chooseOption(page: Page, combobox: Locator, typed: string, option: string): Promise<void> {
  await combobox.click();
  await combobox.pressSequentially(typed);
  const choice = page.getByRole('option', { name: option, exact: true });
  if (!(await choice.isVisible())) await combobox.press('ArrowDown');
  await choice.click();
}
