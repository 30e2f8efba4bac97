import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type SqlCondition } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { CasesService, type AccessibleCase } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { actorOf, UsersService } from '@renkei/identity';
import { DomainError, isUuid, type FieldViolation } from '@renkei/kernel';
import { In, type EntityManager } from 'typeorm';
import { ActionItemConferences } from './action-item-conferences.js';
import { TaskCompletions } from './task-completions.js';
import { TaskEventType } from './task-event.entity.js';
import { TaskEventsOutbox } from './task-events.outbox.js';
import { TaskCommentEntity, TaskEntity } from './task.entity.js';
import { canTransitionTask, OPEN_TASK_STATUSES, TaskStatus } from './task-status.js';
import type { AssignTaskInput } from './dto/task.inputs.js';

interface Assignees {
  assigneeUserId?: string | undefined;
  assigneeAgencyId?: string | undefined;
}

/** A task a support plan gives (a role, the review, a check-in), with the plan parts it serves. */
export interface PlanTaskInput extends Assignees {
  caseId: string;
  title: string;
  description: string;
  dueAt?: Date | null;
  planId: string;
  planGoalId?: string | null;
  /** The role (役割分担) it carries out; a role becomes a task once (unique). */
  planRoleId?: string | null;
}

/** A task another context's notice gives (no plan, no conference). */
export interface NoticeTaskInput extends Assignees {
  caseId: string;
  title: string;
  description: string;
  dueAt?: Date | null;
}

interface NewTask extends Assignees {
  conferenceId: string | null;
  title: string;
  description: string;
  dueAt?: Date | null | undefined;
  planId?: string | null;
  planGoalId?: string | null;
  planRoleId?: string | null;
}

/**
 * Tasks on cases. Only those who may see a task's case may see or act on the task. Each
 * change writes its task events to the outbox and an audit entry, in its transaction.
 */
@Injectable()
export class TasksService {
  private columns?: string;

  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly outbox: TaskEventsOutbox,
    private readonly audit: AuditTrail,
    private readonly conferences: ActionItemConferences,
    private readonly completions: TaskCompletions,
  ) {}

  async assign(actor: Actor, input: AssignTaskInput): Promise<TaskEntity> {
    return this.tx.run(async () => {
      let found = await this.cases.require(actor, input.caseId);
      if (input.conferenceId) {
        const meeting = await this.conferences.assertAcceptsActionItem(actor, input.conferenceId, found.entity.id);
        found = await this.bringOntoTeam(actor, found, input, meeting);
      }
      const task = await this.create(actor, found, { ...input, conferenceId: input.conferenceId ?? null });
      if (task.conferenceId) await this.conferences.actionItemAssigned(task.conferenceId, task.id, task.caseId);
      return task;
    });
  }

  /**
   * A task another context's decision gives, in the caller's transaction: a support plan's
   * role, review or check-in once the plan is approved or evaluated. The caller decided the
   * actor may make it; the assignees are checked as for {@link assign}.
   */
  async assignForPlan(actor: Actor, input: PlanTaskInput): Promise<TaskEntity> {
    return this.tx.run(async () => this.create(actor, await this.cases.require(actor, input.caseId), { ...input, conferenceId: null }));
  }

  /**
   * A task another context's notice gives, in the caller's transaction: the coordinator is
   * to look at an emergency access declared on the case. The caller decided the actor may
   * make it; the assignees are checked as for {@link assign} (they must see the case).
   */
  async assignForNotice(actor: Actor, input: NoticeTaskInput): Promise<TaskEntity> {
    return this.tx.run(async () => this.create(actor, await this.cases.require(actor, input.caseId), { ...input, conferenceId: null }));
  }

  /**
   * Completes a plan's open follow-up tasks (its review and check-in tasks, not its roles),
   * in the caller's transaction: the plan was evaluated, which is the work they asked for, or
   * a next version replaced it with follow-ups of its own; so they end whatever step their
   * assignee had reached. Each gets UPDATED; returns them.
   */
  async completePlanFollowUps(actor: Actor, planId: string): Promise<TaskEntity[]> {
    return this.completeOpen(actor, { sql: 't.plan_id = :planId AND t.plan_role_id IS NULL', params: { planId } }, { reason: 'plan_follow_up_ended', planId });
  }

  /**
   * Completes these tasks where still open, in the caller's transaction: follow-ups another
   * context's notice gave (a referral's) that a new date replaced, or whose work ended with
   * what they followed; `details` say why, in the audit entries. Each gets UPDATED; returns them.
   */
  async completeFollowUps(actor: Actor, taskIds: readonly string[], details: Record<string, unknown>): Promise<TaskEntity[]> {
    if (taskIds.length === 0) return [];
    return this.completeOpen(actor, { sql: 't.id IN (:...taskIds)', params: { taskIds: [...taskIds] } }, details);
  }

  // Completes the open tasks matching `where`, whatever step their assignee had reached.
  private async completeOpen(actor: Actor, where: SqlCondition, details: Record<string, unknown>): Promise<TaskEntity[]> {
    return this.tx.run(async (manager) => {
      const open = await manager
        .createQueryBuilder(TaskEntity, 't')
        .where(`${where.sql} AND t.status IN (:...open)`, { ...where.params, open: OPEN_TASK_STATUSES })
        .getMany();
      const completed: TaskEntity[] = [];
      for (const task of open) {
        const updated = await this.compareAndSet(manager, task, { status: TaskStatus.COMPLETED });
        await this.outbox.append(manager, updated, TaskEventType.UPDATED);
        completed.push(updated);
      }
      if (completed.length > 0) {
        await this.audit.record(
          actor,
          completed.map((task) => ({ action: 'task.status_changed', caseId: task.caseId, details: { taskId: task.id, to: TaskStatus.COMPLETED, ...details } })),
        );
      }
      return completed;
    });
  }

  // Writes a new task with its ASSIGNED event and audit entry, after checking its assignees.
  private async create(actor: Actor, found: AccessibleCase, input: NewTask): Promise<TaskEntity> {
    await this.validateAssignees(found, input);
    const manager = this.tx.manager;
    const task = await manager.save(
      manager.create(TaskEntity, {
        caseId: found.entity.id,
        municipalityId: found.entity.municipalityId,
        conferenceId: input.conferenceId,
        planId: input.planId ?? null,
        planGoalId: input.planGoalId ?? null,
        planRoleId: input.planRoleId ?? null,
        title: input.title,
        description: input.description,
        status: TaskStatus.REQUESTED,
        version: 1,
        assigneeUserId: input.assigneeUserId ?? null,
        assigneeAgencyId: input.assigneeAgencyId ?? null,
        dueAt: input.dueAt ?? null,
        dueSoonNotifiedAt: null,
        overdueNotifiedAt: null,
        createdByUserId: actor.userId,
      }),
    );
    await this.outbox.append(manager, task, TaskEventType.ASSIGNED);
    await this.audit.record(actor, [
      {
        action: 'task.assigned',
        caseId: task.caseId,
        conferenceId: task.conferenceId,
        details: { taskId: task.id, assigneeUserId: task.assigneeUserId, assigneeAgencyId: task.assigneeAgencyId, ...(task.planId ? { planId: task.planId } : {}) },
      },
    ]);
    return task;
  }

  /**
   * An action item reaches who must act: a member agency of the meeting that is not on the
   * case team joins it, with the conference as the reason (audited), instead of a refusal.
   */
  private async bringOntoTeam(actor: Actor, found: AccessibleCase, assignees: Assignees, meeting: { id: string; memberAgencyIds: readonly string[] }): Promise<AccessibleCase> {
    const user = assignees.assigneeUserId ? (await this.users.byIds([assignees.assigneeUserId])).get(assignees.assigneeUserId) : undefined;
    const agencyId = assignees.assigneeAgencyId ?? user?.agencyId;
    if (!agencyId || found.teamAgencyIds.includes(agencyId) || !meeting.memberAgencyIds.includes(agencyId)) return found;
    await this.cases.join(actor, found, agencyId, { reason: 'action_item', conferenceId: meeting.id });
    return { entity: found.entity, teamAgencyIds: [...found.teamAgencyIds, agencyId] };
  }

  /** Action items of conferences other than `conferenceId` on these cases that are still open. */
  async openActionItemsOn(caseIds: readonly string[], conferenceId: string): Promise<TaskEntity[]> {
    if (caseIds.length === 0) return [];
    return this.tx.manager
      .createQueryBuilder(TaskEntity, 't')
      .where('t.case_id IN (:...caseIds) AND t.conference_id IS NOT NULL AND t.conference_id <> :conferenceId', { caseIds, conferenceId })
      .andWhere('t.status IN (:...open)', { open: OPEN_TASK_STATUSES })
      .orderBy('t.created_at', 'ASC')
      .getMany();
  }

  /** The action items decided in a conference. */
  async actionItemsOf(conferenceId: string): Promise<TaskEntity[]> {
    return this.tx.manager.find(TaskEntity, { where: { conferenceId }, order: { createdAt: 'ASC' } });
  }

  /** A status change, accepted only from the version the caller saw (stale → CONFLICT). */
  async updateStatus(actor: Actor, id: string, status: TaskStatus, note: string | undefined, expectedVersion: number): Promise<TaskEntity> {
    return this.tx.run(async (manager) => {
      const task = await this.require(actor, id, 'update');
      if (task.version !== expectedVersion) throw DomainError.conflict(`The task is at version ${task.version}, not ${expectedVersion}; reload it`);
      if (!canTransitionTask(task.status, status)) throw DomainError.conflict(`A task cannot move from ${task.status} to ${status}`);
      // A plan's task done may call for the next one (見守り確認), exactly once: of two racing completions
      // the plan's compare-and-set and this row's below let one through.
      const next = status === TaskStatus.COMPLETED && task.planId ? await this.completions.completing(actor, task) : null;
      const updated = await this.compareAndSet(manager, task, { status });
      if (note) await manager.insert(TaskCommentEntity, { taskId: task.id, authorUserId: actor.userId, text: note });
      await this.outbox.append(manager, updated, TaskEventType.UPDATED);
      await this.audit.record(actor, [{ action: 'task.status_changed', caseId: task.caseId, details: { taskId: task.id, from: task.status, to: status } }]);
      if (next) await this.assignForPlan(actor, next);
      return updated;
    });
  }

  async comment(actor: Actor, id: string, text: string): Promise<TaskEntity> {
    return this.tx.run(async (manager) => {
      const task = await this.require(actor, id);
      await manager.insert(TaskCommentEntity, { taskId: task.id, authorUserId: actor.userId, text });
      await this.outbox.append(manager, task, TaskEventType.COMMENTED);
      await this.audit.record(actor, [{ action: 'task.commented', caseId: task.caseId, details: { taskId: task.id } }]);
      return task;
    });
  }

  /** Hands an open task to others: the previous assignees are told UNASSIGNED, the new ones ASSIGNED. */
  async reassign(actor: Actor, id: string, assignees: Assignees): Promise<TaskEntity> {
    return this.tx.run(async (manager) => {
      const task = await this.require(actor, id, 'update');
      if (!OPEN_TASK_STATUSES.includes(task.status)) throw DomainError.conflict(`A ${task.status} task cannot be reassigned`);
      await this.validateAssignees(await this.cases.require(actor, task.caseId), assignees);
      const previous = { userId: task.assigneeUserId, agencyId: task.assigneeAgencyId };
      const updated = await this.compareAndSet(manager, task, {
        status: TaskStatus.REQUESTED,
        assigneeUserId: assignees.assigneeUserId ?? null,
        assigneeAgencyId: assignees.assigneeAgencyId ?? null,
      });
      const dropped = {
        userId: previous.userId !== updated.assigneeUserId ? previous.userId : null,
        agencyId: previous.agencyId !== updated.assigneeAgencyId ? previous.agencyId : null,
      };
      if (dropped.userId || dropped.agencyId) await this.outbox.append(manager, updated, TaskEventType.UNASSIGNED, dropped);
      await this.outbox.append(manager, updated, TaskEventType.ASSIGNED);
      await this.audit.record(actor, [{ action: 'task.reassigned', caseId: task.caseId, details: { taskId: task.id, from: previous, to: assignees } }]);
      return updated;
    });
  }

  async get(actor: Actor, id: string): Promise<TaskEntity> {
    return this.require(actor, id);
  }

  /**
   * Tasks by id as the actor may see them, for batch loading: the rule of {@link get} (a
   * task is visible to whoever may see its case, through the one door), for many at once;
   * the others are left out, as a NOT_FOUND would be.
   */
  async readable(actor: Actor, ids: readonly string[]): Promise<Map<string, TaskEntity>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const tasks = await this.tx.manager.findBy(TaskEntity, { id: In(valid) });
    const cases = await this.cases.readable(actor, [...new Set(tasks.map((task) => task.caseId))]);
    return new Map(tasks.filter((task) => cases.has(task.caseId)).map((task) => [task.id, task]));
  }

  /** Tasks assigned to the actor or their agency, on cases they may see; filtered in SQL. */
  async mine(actor: Actor, statuses?: TaskStatus[]): Promise<TaskEntity[]> {
    const visible = this.cases.readableCondition(actor, 'c');
    if (!visible) return [];
    const { manager } = this.tx;
    // A hot read: plain rows under the entity's property names, so TypeORM neither builds
    // the statement nor hydrates entities on every call, and a statement prepared once per
    // connection, so PostgreSQL does not plan it on every call either.
    const byStatus = statuses?.length ? { sql: ' AND t.status IN (:...statuses)', params: { statuses } } : { sql: '', params: {} };
    return this.tx.prepared<TaskEntity>(
      `SELECT ${this.taskColumns(manager)} FROM tasks t INNER JOIN cases c ON c.id = t.case_id
       WHERE (t.assignee_user_id = :userId OR t.assignee_agency_id = :agencyId) AND ${visible.sql}${byStatus.sql}
       ORDER BY t.due_at ASC NULLS LAST, t.created_at ASC`,
      { ...visible.params, ...byStatus.params, userId: actor.userId, agencyId: actor.agencyId },
    );
  }

  // Every column of the task as its entity property, read once from the mapping so the list cannot drift from it.
  private taskColumns(manager: EntityManager): string {
    this.columns ??= manager.connection
      .getMetadata(TaskEntity)
      .columns.map((column) => `t.${column.databaseName} AS "${column.propertyName}"`)
      .join(', ');
    return this.columns;
  }

  async commentsOf(taskIds: readonly string[]): Promise<Map<string, TaskCommentEntity[]>> {
    const comments = await this.tx.manager.find(TaskCommentEntity, { where: { taskId: In([...taskIds]) }, order: { createdAt: 'ASC' } });
    const byTask = new Map<string, TaskCommentEntity[]>(taskIds.map((id) => [id, []]));
    for (const comment of comments) byTask.get(comment.taskId)?.push(comment);
    return byTask;
  }

  /**
   * The task, if the actor may see its case; NOT_FOUND otherwise, as for a missing task.
   * With 'update': FORBIDDEN unless the actor is its assignee (user or agency) or coordinates.
   */
  private async require(actor: Actor, id: string, action: 'read' | 'update' = 'read'): Promise<TaskEntity> {
    const task = isUuid(id) ? await this.tx.manager.findOneBy(TaskEntity, { id }) : null;
    if (!task) throw DomainError.notFound('Task');
    await this.cases.require(actor, task.caseId).catch((error: unknown) => {
      throw error instanceof DomainError && error.kind === 'NOT_FOUND' ? DomainError.notFound('Task') : error;
    });
    const facts = { id: task.id, municipalityId: task.municipalityId, assigneeUserId: task.assigneeUserId, assigneeAgencyId: task.assigneeAgencyId };
    if (action === 'update' && !this.access.can(actor, 'update', 'Task', facts)) throw DomainError.forbidden('Only the assignee or a coordinator acts on a task; others may comment');
    return task;
  }

  // Writes only if nobody changed the task since it was read; the version moves by one.
  private async compareAndSet(manager: EntityManager, task: TaskEntity, changes: Partial<TaskEntity>): Promise<TaskEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(TaskEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: task.id, version: task.version })
      .returning('*')
      .execute();
    if (result.affected !== 1) throw DomainError.conflict('The task changed meanwhile; reload it');
    return manager.findOneByOrFail(TaskEntity, { id: task.id });
  }

  // An assignee must be able to see the task's case: an agency on its team, an active user who may read it.
  private async validateAssignees(found: AccessibleCase, { assigneeUserId, assigneeAgencyId }: Assignees): Promise<void> {
    const violations: FieldViolation[] = [];
    if (!assigneeUserId && !assigneeAgencyId) violations.push({ field: 'assigneeUserId', message: 'a task needs an assignee user or agency' });
    if (assigneeAgencyId && !found.teamAgencyIds.includes(assigneeAgencyId)) violations.push({ field: 'assigneeAgencyId', message: 'is not an agency on the case team' });
    if (assigneeUserId) {
      const user = (await this.users.byIds([assigneeUserId])).get(assigneeUserId);
      const facts = { id: found.entity.id, municipalityId: found.entity.municipalityId, teamAgencyIds: found.teamAgencyIds };
      if (!user?.active || !this.access.can(actorOf(user), 'read', 'Case', facts)) {
        violations.push({ field: 'assigneeUserId', message: 'is not an active user who may see the case' });
      } else if (assigneeAgencyId && user.agencyId !== assigneeAgencyId) {
        violations.push({ field: 'assigneeUserId', message: 'does not belong to assigneeAgencyId' });
      }
    }
    if (violations.length > 0) throw DomainError.badInput(violations);
  }
}
