import { describe, expect, it } from 'vitest';
import { withNotice, type LiveNotice } from './live-notices';

const assigned = (n: number): LiveNotice => ({ kind: 'assigned', key: `a${n}`, title: `task ${n}` });
const dueSoon = (title: string): LiveNotice => ({ kind: 'dueSoon', key: title, titles: [title] });

describe('withNotice', () => {
  it('gathers the reminders of one run into one notice, each title once', () => {
    const notices = [dueSoon('A'), dueSoon('B'), dueSoon('A'), { kind: 'overdue', key: 'C', titles: ['C'] } as const].reduce(withNotice, []);
    expect(notices.map((notice) => ('titles' in notice ? [notice.kind, notice.titles] : notice.kind))).toEqual([
      ['overdue', ['C']],
      ['dueSoon', ['A', 'B']],
    ]);
  });

  it('keeps the latest three other notices and never drops a reminder for them', () => {
    const notices = [dueSoon('A'), assigned(1), assigned(2), assigned(3), assigned(4)].reduce(withNotice, []);
    expect(notices.map((notice) => notice.key)).toEqual(['a4', 'a3', 'a2', 'A']);
  });
});
