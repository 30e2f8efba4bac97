import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum TaskEventType {
  ASSIGNED = 'ASSIGNED',
  UPDATED = 'UPDATED',
  COMMENTED = 'COMMENTED',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  UNASSIGNED = 'UNASSIGNED',
}

/** The task as it was when the event happened: what subscribers receive. */
export interface TaskSnapshot {
  id: string;
  caseId: string;
  conferenceId: string | null;
  title: string;
  description: string;
  status: string;
  version: number;
  assigneeUserId: string | null;
  assigneeAgencyId: string | null;
  dueAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * The outbox and the durable event log in one: written in the transaction of the change
 * it reports, relayed to subscribers afterwards (published_at), and read back by clients
 * catching up after a reconnect. The bigint id is the catch-up cursor.
 */
@Entity('task_events')
@Index('task_events_unpublished', ['id'], { where: 'published_at IS NULL' })
@Index('task_events_by_user', ['recipientUserId', 'id'])
@Index('task_events_by_agency', ['recipientAgencyId', 'id'])
export class TaskEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'enum', enum: TaskEventType, enumName: 'task_event_type' })
  type!: TaskEventType;

  /** Who the event is for: the (previous, for UNASSIGNED) assignee user and agency. */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ name: 'recipient_agency_id', type: 'uuid', nullable: true })
  recipientAgencyId!: string | null;

  @Column({ type: 'jsonb' })
  task!: TaskSnapshot;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

/** What travels on the event bus (plain JSON). */
export interface TaskEventMessage {
  id: string;
  type: TaskEventType;
  occurredAt: string;
  municipalityId: string;
  caseId: string;
  recipientUserId: string | null;
  recipientAgencyId: string | null;
  task: TaskSnapshot;
}

export function toMessage(row: TaskEventEntity): TaskEventMessage {
  return {
    id: String(row.id),
    type: row.type,
    occurredAt: new Date(row.occurredAt).toISOString(),
    municipalityId: row.municipalityId,
    caseId: row.caseId,
    recipientUserId: row.recipientUserId,
    recipientAgencyId: row.recipientAgencyId,
    task: row.task,
  };
}

/**
 * Where a task event travels: one topic per recipient, the user's and the agency's, so that
 * a subscriber hears only what is addressed to them (and the cost of an event follows its
 * recipients, not everyone connected in the municipality).
 */
export function taskEventTopics(municipalityId: string, recipients: { readonly userId: string | null; readonly agencyId: string | null }): string[] {
  const topics: string[] = [];
  if (recipients.userId) topics.push(`renkei:${municipalityId}:task-events:user:${recipients.userId}`);
  if (recipients.agencyId) topics.push(`renkei:${municipalityId}:task-events:agency:${recipients.agencyId}`);
  return topics;
}
