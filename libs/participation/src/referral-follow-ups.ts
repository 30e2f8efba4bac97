import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { TasksService } from '@renkei/tasks';
import type { ReferralEntity } from './referral.entity.js';

/** The dates of a referral's follow-ups a caller asks for; absent ones stay as they are. */
export interface FollowUpDates {
  readonly followUpAt?: Date | null | undefined;
  readonly hostFollowUpAt?: Date | null | undefined;
}

type FollowUpColumns = Pick<ReferralEntity, 'followUpAt' | 'followUpTaskId' | 'hostFollowUpAt' | 'hostFollowUpTaskId'>;

// No resource name in titles: the task's readers may not have a basis for the referral's content.
const KINDS = [
  { at: 'followUpAt', task: 'followUpTaskId', title: '参加支援のフォローアップ（本人）', description: 'つないだ先での様子を本人に確認し、参加支援の記録を更新してください。' },
  { at: 'hostFollowUpAt', task: 'hostFollowUpTaskId', title: '参加支援のフォローアップ（受入先）', description: '受入先に本人の参加の様子を確認し、参加支援の記録を更新してください。' },
] as const;

/**
 * A referral's follow-ups (with the person, with the host): each a task of the referring
 * user, due on its date, reminded by the tasks context. A new date replaces the open task;
 * closing the referral completes them. In the caller's transaction.
 */
@Injectable()
export class ReferralFollowUps {
  constructor(private readonly tasks: TasksService) {}

  /** Tasks for the dates given, each replacing the open one of its kind; returns the columns to store. */
  async schedule(actor: Actor, referral: ReferralEntity, dates: FollowUpDates): Promise<Partial<FollowUpColumns>> {
    const changes: Partial<FollowUpColumns> = {};
    for (const kind of KINDS) {
      const at = dates[kind.at];
      if (!at) continue;
      const previous = referral[kind.task];
      if (previous) await this.tasks.completeFollowUps(actor, [previous], { reason: 'referral_follow_up_rescheduled', referralId: referral.id });
      const task = await this.tasks.assignForNotice(actor, { caseId: referral.caseId, title: kind.title, description: kind.description, dueAt: at, assigneeUserId: referral.referredByUserId });
      changes[kind.at] = at;
      changes[kind.task] = task.id;
    }
    return changes;
  }

  /** The referral ended or was declined: its open follow-up tasks are done with it, no follow-up is due. */
  async close(actor: Actor, referral: ReferralEntity): Promise<Partial<FollowUpColumns>> {
    const open = [referral.followUpTaskId, referral.hostFollowUpTaskId].filter((id): id is string => id !== null);
    await this.tasks.completeFollowUps(actor, open, { reason: 'referral_closed', referralId: referral.id });
    return { followUpAt: null, hostFollowUpAt: null };
  }
}
