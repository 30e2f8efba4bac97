import type { PlanFieldsFragment } from '../../../gql/graphql';

// A plan as PlanFields brings it, for the component tests: version 2, approved on 2 December
// 2026 (Japan time), one goal's texts withheld from the reader.

const shown = (text: string) => ({ category: 'BASIC' as const, text, redacted: false, basis: 'OWN_AGENCY' as const });
const withheld = { category: 'HEALTH' as const, text: null, redacted: true, basis: null };
const agency = (id: string, name: string) => ({ id, name });

export const plan: PlanFieldsFragment = {
  id: 'plan-1',
  caseId: 'case-1',
  number: 2,
  version: 3,
  status: 'IN_PROGRESS',
  createdAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-12-01T23:30:00.000Z',
  agency: agency('a-welfare', '桜市 自立相談支援機関'),
  personWishes: shown('自分の家に住み続けたい'),
  familyWishes: null,
  policy: shown('住まいと健康を並行して支える'),
  goals: [
    {
      id: 'g-1',
      term: 'SHORT',
      category: 'HOUSING',
      targetDate: '2027-03-31',
      achievement: null,
      text: shown('家賃の滞納を解消する'),
      evaluationNote: null,
      roles: [
        { id: 'r-1', frequency: '週1回', taskId: 't-1', agency: agency('a-housing', '桜市 居住支援法人'), action: shown('家主と支払い計画を調整する') },
        { id: 'r-2', frequency: '月1回', taskId: 't-2', agency: agency('a-welfare', '桜市 自立相談支援機関'), action: shown('家計の見直しを一緒に行う') },
      ],
    },
    {
      id: 'g-2',
      term: 'LONG',
      category: 'HEALTH',
      targetDate: null,
      achievement: null,
      text: withheld,
      evaluationNote: null,
      roles: [{ id: 'r-3', frequency: '月2回', taskId: null, agency: agency('a-health', '桜市 保健センター'), action: withheld }],
    },
  ],
  participationReferral: true,
  outreach: false,
  leadAgency: agency('a-housing', '桜市 居住支援法人'),
  nextReviewOn: '2027-01-15',
  agreement: { method: 'WRITTEN', obtainedAt: '2026-11-30T15:30:00.000Z' },
  approval: { conferenceId: 'c-1', approvedAt: '2026-12-02T02:00:00.000Z' },
  evaluation: null,
};
