import { jstMidnight } from '@renkei/kernel';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { TasksService, type PlanTaskInput } from '@renkei/tasks';
import type { GuardedTextInput } from './guarded-texts.js';
import type { PlanEntity } from './plan.entity.js';
import { PlanTeam, reviewerAgencyOf, reviewerJoiner, type PlanJoiner } from './plan-team.js';
import { PlanTextPath } from './plan-texts.js';

/** The review (モニタリング) task's title. */
export const REVIEW_TASK_TITLE = '支援プランの評価（モニタリング）';
/** The watching check-in (見守り確認) task's title. */
export const CHECK_IN_TASK_TITLE = '見守り確認';

const first = (text: string, length: number) => [...text].slice(0, length).join('');

/**
 * What an approved or watched plan asks of the agencies, as tasks through the tasks context
 * (ASSIGNED live in マイタスク; DUE_SOON/OVERDUE from its reminders), in the caller's
 * transaction. Agencies given work join the case team first, audited with the reason.
 */
@Injectable()
export class PlanTasks {
  constructor(
    private readonly tasks: TasksService,
    private readonly team: PlanTeam,
  ) {}

  /**
   * On approval (支援決定): each role becomes a task for its agency, linked to its goal and
   * role (once: tasks.plan_role_id is unique); the review becomes a task due at 00:00 JST on
   * nextReviewOn for the lead agency and, when the coordinator's agency is not the lead, for
   * the approving chair too.
   */
  async approved(actor: Actor, plan: PlanEntity, stored: readonly GuardedTextInput[]): Promise<void> {
    const texts = new Map(stored.map((text) => [text.path, text.body]));
    const goals = plan.goals ?? [];
    await this.team.bringOnto(actor, plan, [
      ...goals.flatMap((goal) => (goal.roles ?? []).map((role): PlanJoiner => ({ agencyId: role.agencyId, reason: 'plan_role' }))),
      reviewerJoiner(plan),
    ]);
    for (const goal of goals) {
      for (const role of goal.roles ?? []) {
        await this.tasks.assignForPlan(actor, {
          caseId: plan.caseId,
          title: `${first(texts.get(PlanTextPath.goal(goal.id)) ?? '', 60)}: ${first(texts.get(PlanTextPath.role(role.id)) ?? '', 60)}`,
          description: `支援プラン第${plan.number}版の役割分担。頻度 Frequency: ${role.frequency}`,
          assigneeAgencyId: role.agencyId,
          planId: plan.id,
          planGoalId: goal.id,
          planRoleId: role.id,
        });
      }
    }
    if (!plan.nextReviewOn) return;
    const review = { caseId: plan.caseId, title: REVIEW_TASK_TITLE, description: `支援プラン第${plan.number}版の評価（モニタリング）期日: ${plan.nextReviewOn}`, dueAt: jstMidnight(plan.nextReviewOn), planId: plan.id };
    await this.tasks.assignForPlan(actor, { ...review, assigneeAgencyId: reviewerAgencyOf(plan) });
    if (plan.leadAgencyId && plan.leadAgencyId !== plan.agencyId) await this.tasks.assignForPlan(actor, { ...review, assigneeUserId: actor.userId });
  }

  /** 見守り: the first check-in, due at 00:00 JST on `on`, for the lead agency (the next ones follow each completed one: PlanCheckIns). */
  async checkIn(actor: Actor, plan: PlanEntity, on: string, intervalDays: number): Promise<void> {
    await this.team.bringOnto(actor, plan, [reviewerJoiner(plan)]);
    await this.tasks.assignForPlan(actor, checkInTask(plan, on, intervalDays));
  }

  /** The plans were evaluated, or superseded by a next version: their open review and check-in tasks are completed. */
  async followUpsEnded(actor: Actor, planIds: readonly string[]): Promise<void> {
    for (const planId of planIds) await this.tasks.completePlanFollowUps(actor, planId);
  }
}

/** The 見守り確認 task due at 00:00 JST on `on`, for the lead agency: a follow-up of the plan (no role), as PlanCheckIns recognises it. */
export function checkInTask(plan: PlanEntity, on: string, intervalDays: number): PlanTaskInput {
  return {
    caseId: plan.caseId,
    title: CHECK_IN_TASK_TITLE,
    description: `支援プラン第${plan.number}版の見守り（${intervalDays}日ごと）: ${on} に確認`,
    dueAt: jstMidnight(on),
    assigneeAgencyId: reviewerAgencyOf(plan),
    planId: plan.id,
  };
}
