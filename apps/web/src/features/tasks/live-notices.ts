/** What the page tells the user about live changes, politely (role=status). */
export type LiveNotice =
  | { readonly kind: 'assigned'; readonly key: string; readonly title: string }
  | { readonly kind: 'dueSoon' | 'overdue'; readonly key: string; readonly titles: readonly string[] }
  | { readonly kind: 'caughtUp'; readonly key: string; readonly count: number }
  | { readonly kind: 'reloaded'; readonly key: string };

/** Other news is short-lived: only the latest few stay on the page. */
const MAX_OTHER_NOTICES = 3;

/**
 * Adds a notice. Reminders of one kind are gathered into one notice (the reminder run sends them
 * together, and none may be pushed off the page by the others); the rest keep the latest few.
 */
export function withNotice(previous: readonly LiveNotice[], notice: LiveNotice): readonly LiveNotice[] {
  if (notice.kind === 'dueSoon' || notice.kind === 'overdue') {
    const same = previous.find((held) => held.kind === notice.kind);
    const titles = same && 'titles' in same ? [...new Set([...same.titles, ...notice.titles])] : notice.titles;
    return [{ ...notice, titles }, ...previous.filter((held) => held !== same)];
  }
  const reminders = previous.filter((held) => held.kind === 'dueSoon' || held.kind === 'overdue');
  const others = previous.filter((held) => !reminders.includes(held));
  return [notice, ...others].slice(0, MAX_OTHER_NOTICES).concat(reminders);
}
