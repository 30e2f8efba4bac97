import { CaseScopedEntity } from '@renkei/cases';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { TaskStatus } from './task-status.js';

/** Something an agency or a caseworker is asked to do for a case, often decided in a conference. */
@Entity('tasks')
@Index('tasks_by_assignee_user', ['assigneeUserId', 'status'])
@Index('tasks_by_assignee_agency', ['assigneeAgencyId', 'status'])
@Index('tasks_by_case', ['caseId'])
export class TaskEntity extends CaseScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** The conference that decided it (an action item), if any. */
  @Column({ name: 'conference_id', type: 'uuid', nullable: true })
  conferenceId!: string | null;

  /** The support plan (支援プラン) whose approval made this task (a role or its review), if any. */
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  /** The plan's goal the task serves (a role's task). */
  @Column({ name: 'plan_goal_id', type: 'uuid', nullable: true })
  planGoalId!: string | null;

  /** The plan role (役割分担) the task carries out: unique, so a role becomes a task exactly once. */
  @Index('tasks_plan_role', { unique: true, where: 'plan_role_id IS NOT NULL' })
  @Column({ name: 'plan_role_id', type: 'uuid', nullable: true })
  planRoleId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status' })
  status!: TaskStatus;

  /** Optimistic concurrency: every accepted change adds one. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'assignee_user_id', type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @Column({ name: 'assignee_agency_id', type: 'uuid', nullable: true })
  assigneeAgencyId!: string | null;

  @Index('tasks_due', { where: 'due_at IS NOT NULL' })
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** Set when the DUE_SOON reminder went out (exactly once, whichever process sent it). */
  @Column({ name: 'due_soon_notified_at', type: 'timestamptz', nullable: true })
  dueSoonNotifiedAt!: Date | null;

  @Column({ name: 'overdue_notified_at', type: 'timestamptz', nullable: true })
  overdueNotifiedAt!: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A note on a task: the conversation and history of its handling. */
@Entity('task_comments')
@Index('task_comments_task', ['taskId', 'createdAt'])
export class TaskCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<TaskEntity>;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
