import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '@renkei/graphql';
import { DomainError } from '@renkei/kernel';
import type { EntityManager } from 'typeorm';
import { TaskEventEntity, TaskEventType, toMessage, type TaskEventMessage, type TaskSnapshot } from './task-event.entity.js';
import type { TaskEntity } from './task.entity.js';
import { TaskEventModel } from './task.model.js';

export const TASK_EVENTS_CHANNEL = 'renkei_task_events';

export interface Recipients {
  userId: string | null;
  agencyId: string | null;
}

export function snapshotOf(task: TaskEntity): TaskSnapshot {
  const iso = (d: Date | string) => new Date(d).toISOString();
  return {
    id: task.id,
    caseId: task.caseId,
    conferenceId: task.conferenceId,
    title: task.title,
    description: task.description,
    status: task.status,
    version: task.version,
    assigneeUserId: task.assigneeUserId,
    assigneeAgencyId: task.assigneeAgencyId,
    dueAt: task.dueAt ? iso(task.dueAt) : null,
    createdAt: iso(task.createdAt),
    updatedAt: iso(task.updatedAt),
  };
}

/** Writes task events into the outbox, in the caller's transaction, and reads them back. */
@Injectable()
export class TaskEventsOutbox {
  constructor(
    private readonly tx: Transactions,
    private readonly cases: CasesService,
  ) {}

  /**
   * Records `type` for `task`, addressed to its assignees (or to `recipients`), and wakes
   * the relays: PostgreSQL delivers the notification only when the transaction commits.
   */
  async append(manager: EntityManager, task: TaskEntity, type: TaskEventType, recipients: Recipients = { userId: task.assigneeUserId, agencyId: task.assigneeAgencyId }): Promise<void> {
    await manager.insert(TaskEventEntity, {
      municipalityId: task.municipalityId,
      taskId: task.id,
      caseId: task.caseId,
      type,
      recipientUserId: recipients.userId,
      recipientAgencyId: recipients.agencyId,
      task: snapshotOf(task),
      publishedAt: null,
    });
    await manager.query('SELECT pg_notify($1, $2)', [TASK_EVENTS_CHANNEL, '']);
  }

  /** The newest event id now: where a live stream starts counting what it may have missed. */
  async headId(): Promise<string> {
    const [row] = await this.tx.manager.query<{ id: string | null }[]>('SELECT max(id)::text AS id FROM task_events');
    return row?.id ?? '0';
  }

  /** Events addressed to the actor or their agency after `afterId`, oldest first (at most `limit`). */
  async addressedAfter(actor: Actor, afterId: string, limit = 500): Promise<TaskEventMessage[]> {
    const rows = await this.tx.manager
      .createQueryBuilder(TaskEventEntity, 'e')
      .where('e.id > :afterId AND e.municipality_id = :municipalityId', { afterId, municipalityId: actor.municipalityId })
      .andWhere('(e.recipient_user_id = :userId OR e.recipient_agency_id = :agencyId)', { userId: actor.userId, agencyId: actor.agencyId })
      .orderBy('e.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toMessage);
  }

  /** The caller's events after a cursor, oldest first, for cases they may still see. */
  async since(actor: Actor, first: number, after?: string): Promise<Connection<TaskEventModel>> {
    const visible = this.cases.readableCondition(actor, 'c');
    if (!visible) return toConnection([], first, 0, () => '');
    const query = this.tx.manager
      .createQueryBuilder(TaskEventEntity, 'e')
      .innerJoin('cases', 'c', 'c.id = e.case_id')
      .where('(e.recipient_user_id = :userId OR e.recipient_agency_id = :agencyId)', { userId: actor.userId, agencyId: actor.agencyId })
      .andWhere(visible.sql, visible.params);
    const totalCount = await query.getCount();
    if (after) {
      const [id] = decodeCursor(after, 1).map(String);
      if (!/^\d{1,18}$/.test(id ?? '')) throw DomainError.badInput([{ field: 'after', message: 'is not a cursor this API issued' }]);
      query.andWhere('e.id > :after', { after: id });
    }
    const rows = await query.orderBy('e.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows.map((row) => TaskEventModel.from(toMessage(row))), first, totalCount, (event) => encodeCursor([event.id]));
  }
}
