import type { RecordedPlan, RecordedText } from '@renkei/conferences';
import type { GuardedTextModel, PlanModel } from '@renkei/plans';
import type { DocumentDates } from './document-dates.js';
import { CONSENT_METHOD_LABELS, GOAL_TERM_LABELS } from './document-labels.js';
import { type DocumentBlock, facts, heading, table } from './office-document.js';

/** A plan's texts and goals as every document prints them (会議録, プラン, 本人開示): one layout. */
export function recordedPlanBlocks(plan: RecordedPlan, dates: DocumentDates): DocumentBlock[] {
  return [
    heading(`支援プラン 第${plan.number}版`),
    facts([
      ['本人の希望', shown(plan.personWishes)],
      ['家族の希望', shown(plan.familyWishes)],
      ['総合的な方針', shown(plan.policy)],
      ['主担当', plan.leadAgency ?? '—'],
      ['次回モニタリング', plan.nextReviewOn ? dates.localDate(plan.nextReviewOn) : '—'],
      ['本人の同意', plan.agreement ? `${CONSENT_METHOD_LABELS[plan.agreement.method]}（${dates.date(plan.agreement.obtainedAt)}）` : '—'],
      ['参加支援・アウトリーチ', `参加支援 ${plan.participationReferral ? 'あり' : 'なし'}・アウトリーチ ${plan.outreach ? 'あり' : 'なし'}`],
    ]),
    table(
      ['目標', '目標日', '役割分担（機関: 内容・頻度）'],
      plan.goals.map((goal) => [
        `【${goal.term}】${shown(goal.text)}`,
        goal.targetDate ? dates.localDate(goal.targetDate) : '—',
        goal.roles.map((role) => `${role.agency}: ${shown(role.action)}（${role.frequency}）`).join('\n') || '—',
      ]),
      ['*', 90, '*'],
    ),
  ];
}

/** A plan as read through the one door, in the record's terms: withheld texts stay withheld. */
export function recordedPlanOf(plan: PlanModel, agencyName: (id: string) => string): RecordedPlan {
  return {
    number: plan.number,
    personWishes: textOf(plan.personWishes),
    familyWishes: textOf(plan.familyWishes),
    policy: textOf(plan.policy),
    leadAgency: plan.leadAgencyId ? agencyName(plan.leadAgencyId) : null,
    nextReviewOn: plan.nextReviewOn,
    agreement: plan.agreement,
    participationReferral: plan.participationReferral,
    outreach: plan.outreach,
    goals: plan.goals.map((goal) => ({
      term: GOAL_TERM_LABELS[goal.term],
      text: textOf(goal.text),
      targetDate: goal.targetDate,
      roles: goal.roles.map((role) => ({ agency: agencyName(role.agencyId), action: textOf(role.action), frequency: role.frequency })),
    })),
  };
}

function textOf(value: GuardedTextModel | null): RecordedText | null {
  return value ? { text: value.redacted ? null : value.text, withheld: value.redacted || value.text === null } : null;
}

// A text as printed: withheld → 非開示, never written → —.
function shown(value: RecordedText | null): string {
  if (!value) return '—';
  return value.withheld || value.text === null ? '非開示' : value.text;
}
