import { describe, expect, it } from '@jest/globals';
import { ConferenceKind, ConferenceStatus, type ConferenceRecordData } from '@renkei/conferences';
import { ConsentMethod } from '@renkei/kernel';
import { TaskStatus } from '@renkei/tasks';
import { conferenceRecordDocument } from './conference-record-document.js';
import type { DocumentBlock } from './office-document.js';

const record: ConferenceRecordData = {
  conferenceId: 'c1',
  title: '第3回 支援会議',
  kind: ConferenceKind.SUPPORT_MEETING,
  kindLabel: '支援会議 (社会福祉法第106条の6)',
  status: ConferenceStatus.ENDED,
  cancellationReason: null,
  scheduledAt: new Date('2026-12-01T14:00:00Z'),
  startedAt: new Date('2026-12-01T14:30:00Z'), // 23:30 JST on 1 December
  endedAt: new Date('2026-12-01T15:10:00Z'), // 00:10 JST on 2 December
  chair: { name: '福祉 一郎', agency: '自立相談支援機関' },
  attendees: [
    { agency: '自立相談支援機関', present: ['福祉 一郎'] },
    { agency: '保健センター', present: [] },
  ],
  confidentiality: '守秘義務の説明',
  acknowledgedCount: 2,
  agenda: [
    {
      position: 0,
      caseTitle: '家賃滞納の相談',
      subject: '山田 太郎',
      minutes: '状況を共有した',
      decisions: ['家計改善支援につなぐ'],
      approvedPlans: [
        {
          number: 1,
          personWishes: { text: '今の部屋で暮らしたい', withheld: false },
          familyWishes: null,
          policy: { text: null, withheld: true },
          leadAgency: '居住支援法人',
          nextReviewOn: '2027-01-15',
          agreement: { method: ConsentMethod.WRITTEN, obtainedAt: new Date('2026-11-30T01:00:00Z') },
          participationReferral: false,
          outreach: true,
          goals: [{ term: '短期 short-term', text: { text: '分割払いを始める', withheld: false }, targetDate: null, roles: [{ agency: '居住支援法人', action: { text: null, withheld: true }, frequency: '月2回' }] }],
        },
      ],
      actionItems: [{ title: '家主と面談する', owner: '居住支援法人', dueAt: new Date('2026-12-08T14:59:00Z'), status: TaskStatus.REQUESTED }],
    },
  ],
  requests: [],
  reviews: [],
};

const text = (blocks: readonly DocumentBlock[]) => JSON.stringify(blocks);

describe('the 会議録 as an office document', () => {
  const document = conferenceRecordDocument(record, '桜市', new Date('2026-12-02T00:00:00Z'), false);

  it('dates the meeting in Japan time: started 23:30 on the 1st, ended on the 2nd', () => {
    expect(document.blocks[0]).toEqual({
      kind: 'facts',
      rows: expect.arrayContaining([
        ['開催日', '2026年12月1日'],
        ['時間', '2026年12月1日 23:30 〜 2026年12月2日 00:10'],
        ['会長', '福祉 一郎（自立相談支援機関）'],
        ['状態', '終了'],
      ]),
    });
  });

  it('lists attendees by agency, the absent as 欠席, and the agenda with minutes, decisions, the plan and action items in Japanese', () => {
    expect(document.blocks).toContainEqual({ kind: 'table', header: ['機関', '出席者'], rows: [['自立相談支援機関', '福祉 一郎'], ['保健センター', '欠席']], widths: [180, '*'] });
    const all = text(document.blocks);
    for (const expected of ['議題1: 家賃滞納の相談（山田 太郎）', '状況を共有した', '・家計改善支援につなぐ', '支援プラン 第1版', '書面（2026年11月30日）', '2027年1月15日', '家主と面談する', '依頼中']) {
      expect(all).toContain(expected);
    }
  });

  it('prints a withheld text as 非開示 and one never written as —', () => {
    const all = text(document.blocks);
    expect(all).toContain('["総合的な方針","非開示"]');
    expect(all).toContain('["家族の希望","—"]');
    expect(all).toContain('居住支援法人: 非開示（月2回）');
  });

  it('prints 和暦 when asked', () => {
    expect(text(conferenceRecordDocument(record, '桜市', new Date(), true).blocks)).toContain('令和8年12月1日 23:30');
  });
});
