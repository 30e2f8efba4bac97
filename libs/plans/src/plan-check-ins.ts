import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { addDays, Clock, DomainError, jstDate } from '@renkei/kernel';
import { TaskCompletions, type PlanTaskInput, type TaskEntity } from '@renkei/tasks';
import { PlanStatus } from './plan-enums.js';
import { checkInTask } from './plan-tasks.js';
import { PlanTeam, reviewerJoiner } from './plan-team.js';
import { PlanEntity } from './plan.entity.js';
import { PlansService } from './plans.service.js';

/**
 * 見守り stays open: each 見守り確認 completed while the plan is still watched calls for the
 * next, due one interval after the completion, for the lead agency. Implements the tasks
 * context's TaskCompletions port, in the completion's transaction.
 */
@Injectable()
export class PlanCheckIns extends TaskCompletions {
  constructor(
    private readonly tx: Transactions,
    private readonly plans: PlansService,
    private readonly team: PlanTeam,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    super();
  }

  async completing(actor: Actor, task: TaskEntity): Promise<PlanTaskInput | null> {
    // A role's task (plan_role_id) is never a check-in; neither is a follow-up without a due date.
    if (!task.planId || task.planRoleId || !task.dueAt) return null;
    // Under the case's lock, as the plan's steps: an evaluation or a next version's approval either ran before (no longer WATCHING) or waits.
    const { plan } = await this.plans.requireForChange(actor, task.planId, 'read');
    const dueOn = jstDate(task.dueAt);
    // The plan's current check-in is the one due on next_check_in_on; a review task, or a check-in of an earlier watch, is not.
    if (plan.status !== PlanStatus.WATCHING || !plan.watchIntervalDays || plan.nextCheckInOn !== dueOn) return null;
    const nextOn = addDays(jstDate(this.clock.now()), plan.watchIntervalDays);
    const moved = await this.tx.manager
      .createQueryBuilder()
      .update(PlanEntity)
      .set({ nextCheckInOn: nextOn, version: () => 'version + 1' })
      .where('id = :id AND status = :watching AND next_check_in_on = :dueOn', { id: plan.id, watching: PlanStatus.WATCHING, dueOn })
      .execute();
    if (moved.affected !== 1) throw DomainError.conflict('The plan changed meanwhile; reload it and try again');
    await this.team.bringOnto(actor, plan, [reviewerJoiner(plan)]);
    await this.audit.record(actor, [
      { action: 'plan.check_in_scheduled', caseId: plan.caseId, details: { planId: plan.id, number: plan.number, completedTaskId: task.id, from: dueOn, nextCheckInOn: nextOn } },
    ]);
    return checkInTask(plan, nextOn, plan.watchIntervalDays);
  }
}
