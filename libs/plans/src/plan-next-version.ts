import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { In } from 'typeorm';
import type { PlanInput } from './dto/plan.input.js';
import type { GuardedTextInput } from './guarded-texts.js';
import { PlanContents } from './plan-contents.js';
import { PlanStatus } from './plan-enums.js';
import { PlanEntity } from './plan.entity.js';
import { PlanTextPath } from './plan-texts.js';

/**
 * 継続: the evaluation decided to go on, so the next version starts as a DRAFT copying the
 * evaluated one — its texts, goals and roles, without the evaluation — for the coordinator to
 * rework and the next 重層的支援会議 to approve. Its texts stay the writing agency's data (the
 * copy is that agency's, whoever evaluated). In the caller's transaction, under its case lock.
 */
@Injectable()
export class PlanNextVersion {
  constructor(
    private readonly tx: Transactions,
    private readonly contents: PlanContents,
  ) {}

  /** The new DRAFT's id; a version already in the making (DRAFT or PROPOSED) is the next one instead. */
  async continueFrom(actor: Actor, plan: PlanEntity, stored: readonly GuardedTextInput[]): Promise<string> {
    const manager = this.tx.manager;
    const open = await manager.findOneBy(PlanEntity, { caseId: plan.caseId, status: In([PlanStatus.DRAFT, PlanStatus.PROPOSED]) });
    if (open) return open.id;
    const { max } = (await manager.createQueryBuilder(PlanEntity, 'p').select('MAX(p.number)', 'max').where('p.case_id = :caseId', { caseId: plan.caseId }).getRawOne<{ max: number }>()) ?? { max: plan.number };
    const next = await manager.save(
      manager.create(PlanEntity, {
        caseId: plan.caseId,
        municipalityId: plan.municipalityId,
        number: max + 1,
        version: 1,
        status: PlanStatus.DRAFT,
        agencyId: plan.agencyId,
        createdByUserId: actor.userId,
        leadAgencyId: plan.leadAgencyId,
        // The next review and the person's agreement belong to the new version: set anew.
        nextReviewOn: null,
        participationReferral: plan.participationReferral,
        outreach: plan.outreach,
      }),
    );
    await this.contents.replace(manager, next.id, inputOf(plan, new Map(stored.map((text) => [text.path, text.body]))));
    return next.id;
  }
}

// The evaluated version as the input of a new one (achievements and evaluation notes left behind).
function inputOf(plan: PlanEntity, texts: ReadonlyMap<string, string>): PlanInput {
  return {
    personWishes: texts.get(PlanTextPath.personWishes) ?? null,
    familyWishes: texts.get(PlanTextPath.familyWishes) ?? null,
    policy: texts.get(PlanTextPath.policy) ?? null,
    goals: (plan.goals ?? []).map((goal) => ({
      term: goal.term,
      category: goal.category,
      text: texts.get(PlanTextPath.goal(goal.id)) ?? '',
      targetDate: goal.targetDate,
      roles: (goal.roles ?? []).map((role) => ({ agencyId: role.agencyId, action: texts.get(PlanTextPath.role(role.id)) ?? '', frequency: role.frequency })),
    })),
    participationReferral: plan.participationReferral,
    outreach: plan.outreach,
    leadAgencyId: plan.leadAgencyId,
    nextReviewOn: null,
  };
}
