import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { ConferencePlans, type RecordedGoal, type RecordedPlan, type RecordedText } from '@renkei/conferences';
import { Transactions } from '@renkei/database';
import { Purpose } from '@renkei/kernel';
import type { GuardedTextValue } from './guarded-texts.js';
import { GuardedTexts } from './guarded-texts.js';
import { PlanEntity, type PlanGoalEntity } from './plan.entity.js';
import { PlanTextPath } from './plan-texts.js';

const TERM_LABEL = { LONG: '長期 long-term', SHORT: '短期 short-term' } as const;

/**
 * The conference side's port, implemented here: the plan approved in a meeting, as approved,
 * for its 会議録. The texts are read with the meeting's scope, so the reader sees what was
 * shared in that meeting and the provisions are recorded as for any other read.
 */
@Injectable()
export class PlanConferenceRecord extends ConferencePlans {
  constructor(
    private readonly tx: Transactions,
    private readonly texts: GuardedTexts,
    private readonly agencies: AgenciesService,
  ) {
    super();
  }

  async approvedInMeeting(actor: Actor, conferenceId: string, caseIds: readonly string[]): Promise<Map<string, RecordedPlan[]>> {
    const recorded = new Map<string, RecordedPlan[]>();
    if (caseIds.length === 0) return recorded;
    const plans = await this.tx.manager
      .createQueryBuilder(PlanEntity, 'p')
      .leftJoinAndSelect('p.goals', 'g')
      .leftJoinAndSelect('g.roles', 'r')
      .where('p.approved_conference_id = :conferenceId AND p.case_id IN (:...caseIds)', { conferenceId, caseIds: [...caseIds] })
      .orderBy('p.number', 'ASC')
      .addOrderBy('g.position', 'ASC')
      .addOrderBy('r.position', 'ASC')
      .getMany();
    const agencies = await this.agencies.byIds(plans.flatMap((p) => [...(p.leadAgencyId ? [p.leadAgencyId] : []), ...(p.goals ?? []).flatMap((g) => (g.roles ?? []).map((r) => r.agencyId))]));
    const agencyName = (id: string) => agencies.get(id)?.name ?? id;
    const texts = await this.texts.read(actor, 'plan', [...new Set(plans.map((plan) => plan.caseId))], plans.map((plan) => plan.id), { purpose: Purpose.CONFERENCE, conferenceId });
    for (const plan of plans) {
      const planTexts = texts.get(plan.id) ?? new Map<string, GuardedTextValue>();
      const text = (path: string) => recordedText(planTexts.get(path));
      recorded.set(plan.caseId, [...(recorded.get(plan.caseId) ?? []), recordedPlan(plan, text, agencyName)]);
    }
    return recorded;
  }
}

// A text as the record holds it: withheld (or unreadable) → withheld, never written → null.
function recordedText(value: GuardedTextValue | undefined): RecordedText | null {
  if (!value) return null;
  return value.redacted || value.text === null ? { text: null, withheld: true } : { text: value.text, withheld: false };
}

function recordedPlan(plan: PlanEntity, text: (path: string) => RecordedText | null, agencyName: (id: string) => string): RecordedPlan {
  return {
    number: plan.number,
    personWishes: text(PlanTextPath.personWishes),
    familyWishes: text(PlanTextPath.familyWishes),
    policy: text(PlanTextPath.policy),
    leadAgency: plan.leadAgencyId ? agencyName(plan.leadAgencyId) : null,
    nextReviewOn: plan.nextReviewOn ?? null,
    agreement: plan.agreementMethod && plan.agreementObtainedAt ? { method: plan.agreementMethod, obtainedAt: plan.agreementObtainedAt } : null,
    participationReferral: plan.participationReferral,
    outreach: plan.outreach,
    goals: (plan.goals ?? []).map((goal) => recordedGoal(goal, text, agencyName)),
  };
}

function recordedGoal(goal: PlanGoalEntity, text: (path: string) => RecordedText | null, agencyName: (id: string) => string): RecordedGoal {
  return {
    term: TERM_LABEL[goal.term],
    text: text(PlanTextPath.goal(goal.id)),
    targetDate: goal.targetDate ?? null,
    roles: (goal.roles ?? []).map((role) => ({ agency: agencyName(role.agencyId), action: text(PlanTextPath.role(role.id)), frequency: role.frequency })),
  };
}
