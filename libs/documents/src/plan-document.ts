import type { PlanModel } from '@renkei/plans';
import { documentDates } from './document-dates.js';
import { PLAN_STATUS_LABELS } from './document-labels.js';
import { facts, type OfficeDocument } from './office-document.js';
import { recordedPlanBlocks, recordedPlanOf } from './plan-blocks.js';

/** The plan sheet (プランシート) as municipalities file it: the case, the version's state, then the plan. */
export function planDocument(plan: PlanModel, caseTitle: string, municipality: string, agencyName: (id: string) => string, issuedAt: Date, era: boolean): OfficeDocument {
  const dates = documentDates(era);
  return {
    title: '支援プラン',
    municipality,
    issuedAt,
    era,
    blocks: [
      facts([
        ['ケース', caseTitle],
        ['版・状態', `第${plan.number}版・${PLAN_STATUS_LABELS[plan.status]}`],
        ['支援決定', plan.approval ? dates.date(plan.approval.approvedAt) : '—'],
        ['作成機関', agencyName(plan.agencyId)],
      ]),
      ...recordedPlanBlocks(recordedPlanOf(plan, agencyName), dates),
    ],
  };
}
