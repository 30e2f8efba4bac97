import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { Transactions } from '@renkei/database';
import { Clock, every } from '@renkei/kernel';
import { TaskEventType } from './task-event.entity.js';
import { TaskEventsOutbox } from './task-events.outbox.js';
import { TaskEntity } from './task.entity.js';
import { OPEN_TASK_STATUSES } from './task-status.js';

/**
 * DUE_SOON and OVERDUE reminders, exactly once per task whatever the number of API
 * processes: each reminder is claimed by one UPDATE that stamps the task and returns it, so
 * of two processes racing for the same task only one gets the row back; its event goes to
 * the outbox in the same transaction.
 */
@Injectable()
export class TaskReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TaskReminders.name);
  private stop: (() => void) | null = null;

  constructor(
    private readonly tx: Transactions,
    private readonly outbox: TaskEventsOutbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = every(this.config.reminders.intervalSeconds, () => this.tick(), (message) => this.logger.warn(`Reminders: ${message}`));
  }

  onApplicationShutdown(): void {
    if (!this.stop) return;
    this.stop();
    this.stop = null;
    this.logger.log('Reminder scheduler stopped');
  }

  /** Sends the reminders that are due now; returns how many. */
  async tick(): Promise<number> {
    const now = this.clock.now();
    const soon = new Date(now.getTime() + this.config.reminders.dueSoonHours * 3_600_000);
    return this.tx.run(async (manager) => {
      // One UPDATE claims and stamps each reminder: exactly once across processes.
      const claim = async (column: 'due_soon_notified_at' | 'overdue_notified_at', window: string, params: unknown[]) => {
        const [rows] = await manager.query<[{ id: string }[], number]>(
          `UPDATE tasks SET ${column} = $1 WHERE ${column} IS NULL AND status = ANY($2::task_status[]) AND due_at IS NOT NULL AND ${window} RETURNING id`,
          [now, OPEN_TASK_STATUSES, ...params],
        );
        return rows;
      };
      const dueSoon = await claim('due_soon_notified_at', 'due_at > $1 AND due_at <= $3', [soon]);
      const overdue = await claim('overdue_notified_at', 'due_at <= $1', []);
      const send = async (rows: { id: string }[], type: TaskEventType) => {
        for (const { id } of rows) await this.outbox.append(manager, await manager.findOneByOrFail(TaskEntity, { id }), type);
      };
      await send(dueSoon, TaskEventType.DUE_SOON);
      await send(overdue, TaskEventType.OVERDUE);
      return dueSoon.length + overdue.length;
    });
  }
}
