import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import type { PlanEntity } from './plan.entity.js';

/** An agency given the plan's work, and why (audited with its joining). */
export interface PlanJoiner {
  agencyId: string;
  reason: 'plan_role' | 'plan_lead';
}

/** The case team as a plan's tasks need it: a task needs an assignee who may see the case. */
@Injectable()
export class PlanTeam {
  constructor(private readonly cases: CasesService) {}

  /** Agencies given the plan's work that are not on the case team join it, in the caller's transaction. */
  async bringOnto(actor: Actor, plan: PlanEntity, joiners: readonly PlanJoiner[]): Promise<void> {
    let found = await this.cases.require(actor, plan.caseId);
    for (const { agencyId, reason } of joiners) {
      if (found.teamAgencyIds.includes(agencyId)) continue;
      await this.cases.join(actor, found, agencyId, { reason, planId: plan.id });
      found = { entity: found.entity, teamAgencyIds: [...found.teamAgencyIds, agencyId] };
    }
  }
}

/** Who reviews and checks in: the lead agency (主担当), or the coordinator's agency when none is named. */
export function reviewerAgencyOf(plan: PlanEntity): string {
  return plan.leadAgencyId ?? plan.agencyId;
}

/** The reviewing agency, joining for its reviews and check-ins. */
export function reviewerJoiner(plan: PlanEntity): PlanJoiner {
  return { agencyId: reviewerAgencyOf(plan), reason: 'plan_lead' };
}
