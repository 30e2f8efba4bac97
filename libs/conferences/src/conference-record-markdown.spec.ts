import { describe, expect, it } from '@jest/globals';
import { TaskStatus } from '@renkei/tasks';
import { ConferenceKind, ConferenceStatus } from './conference.entity.js';
import type { ConferenceRecordData } from './conference-record-data.js';
import { recordMarkdown } from './conference-record-markdown.js';

const record: ConferenceRecordData = {
  conferenceId: 'c1',
  title: '第3回 *定例*',
  kind: ConferenceKind.SUPPORT_MEETING,
  kindLabel: '支援会議',
  status: ConferenceStatus.ENDED,
  cancellationReason: null,
  scheduledAt: new Date('2026-12-01T14:30:00Z'),
  startedAt: new Date('2026-12-01T14:30:00Z'),
  endedAt: new Date('2026-12-01T15:10:00Z'),
  chair: { name: '福祉 一郎', agency: null },
  attendees: [{ agency: '保健センター', present: [] }],
  confidentiality: '守秘義務',
  acknowledgedCount: 1,
  agenda: [
    {
      position: 0,
      caseTitle: '家賃滞納',
      subject: '',
      minutes: null,
      decisions: [],
      approvedPlans: [],
      actionItems: [{ title: '面談 | 調整', owner: '—', dueAt: new Date('2026-12-08T15:00:00Z'), status: TaskStatus.REQUESTED }],
    },
  ],
  requests: [],
  reviews: [],
};

describe('the 会議録 in Markdown', () => {
  const markdown = recordMarkdown(record);

  it('prints times in Japan time: a meeting at 23:30 JST, ended past midnight', () => {
    expect(markdown).toContain('- 日時 Date: 2026-12-01 23:30 JST (開始 started 2026-12-01 23:30 JST, 終了 ended 2026-12-02 00:10 JST)');
    expect(markdown).toContain('| 2026-12-09 00:00 JST | REQUESTED |');
    expect(markdown).not.toContain('UTC');
  });

  it('never lets what people wrote become markup, and says what is missing', () => {
    expect(markdown).toContain('# 会議録 — 第3回 \\*定例\\*');
    expect(markdown).toContain('| 面談 \\| 調整 |');
    expect(markdown).toContain('- 保健センター: 欠席 absent');
    expect(markdown).toContain('記録なし No minutes.');
  });
});
