import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { type Connection, eventIdOf, notifyOutbox, OutboxRelay, type OutboxSource, toConnection } from '@renkei/graphql';
import type { EntityManager } from 'typeorm';
import { TaskEventEntity, taskEventTopics, TaskEventType, toMessage, type TaskEventMessage, type TaskSnapshot } from './task-event.entity.js';
import type { TaskEntity } from './task.entity.js';
import { TaskEventModel } from './task.model.js';

// The outbox table this context writes, registered with the relay and named when it is woken.
const OUTBOX_TABLE = 'task_events';


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
export class TaskEventsOutbox implements OnModuleInit {
  constructor(
    private readonly tx: Transactions,
    private readonly cases: CasesService,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    const source: OutboxSource = {
      table: OUTBOX_TABLE,
      message: (row) => {
        const message = toMessage(fromRow(row));
        return { topic: taskEventTopics(message.municipalityId, { userId: message.recipientUserId, agencyId: message.recipientAgencyId }), payload: message };
      },
    };
    this.relay.register(source);
  }

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
    await notifyOutbox(manager, OUTBOX_TABLE);
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

  /**
   * The caller's events after `after`, oldest first, for cases they may still see. `after`
   * is the id of the last event the client holds (an event is its own cursor), or a cursor
   * this API issued (earlier versions encoded the id).
   */
  async since(actor: Actor, first: number, after?: string): Promise<Connection<TaskEventModel>> {
    const afterId = after === undefined || after === null ? undefined : eventIdOf(after);
    const visible = this.cases.readableCondition(actor, 'c');
    if (!visible) return toConnection([], first, 0, () => '', after);
    const query = this.tx.manager
      .createQueryBuilder(TaskEventEntity, 'e')
      .innerJoin('cases', 'c', 'c.id = e.case_id')
      .where('(e.recipient_user_id = :userId OR e.recipient_agency_id = :agencyId)', { userId: actor.userId, agencyId: actor.agencyId })
      .andWhere(visible.sql, visible.params);
    const totalCount = await query.getCount();
    if (afterId !== undefined) query.andWhere('e.id > :after', { after: afterId });
    const rows = await query.orderBy('e.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows.map((row) => TaskEventModel.from(toMessage(row))), first, totalCount, (event) => event.id, after);
  }
}

// A raw outbox row (as the relay reads it) in the entity's shape.
function fromRow(row: Record<string, unknown>): TaskEventEntity {
  return Object.assign(new TaskEventEntity(), {
    id: String(row['id']),
    municipalityId: row['municipality_id'],
    taskId: row['task_id'],
    caseId: row['case_id'],
    type: row['type'],
    recipientUserId: row['recipient_user_id'],
    recipientAgencyId: row['recipient_agency_id'],
    task: row['task'],
    occurredAt: row['occurred_at'],
    publishedAt: row['published_at'],
  });
}
