import type { EntityManager, EntityMetadata, EntitySubscriberInterface, InsertEvent, QueryRunner, UpdateEvent } from 'typeorm';
import type { StoryClock } from './story-clock.js';

/**
 * While the demo's clock is set back, stamps the rows the seeding transaction writes with that
 * time. Several contexts leave their creation and update times (cases, status changes, tasks and
 * their events) to the database's now(), which is the transaction's start: without this, a
 * year told in one transaction would all have happened today.
 */
export class StoryTimestamps implements EntitySubscriberInterface {
  private constructor(
    private readonly clock: StoryClock,
    private readonly manager: EntityManager,
  ) {}

  /** Stamps the rows `manager`'s transaction inserts during `work`. */
  static async during<T>(clock: StoryClock, manager: EntityManager, work: () => Promise<T>): Promise<T> {
    const subscriber = new StoryTimestamps(clock, manager);
    const { subscribers } = manager.connection;
    subscribers.push(subscriber);
    try {
      return await work();
    } finally {
      subscribers.splice(subscribers.indexOf(subscriber), 1);
    }
  }

  beforeInsert(event: InsertEvent<Record<string, unknown>>): void {
    this.stamp(event.queryRunner, event.metadata, event.entity, (column) => column.isCreateDate || column.isUpdateDate);
  }

  beforeUpdate(event: UpdateEvent<Record<string, unknown>>): void {
    this.stamp(event.queryRunner, event.metadata, event.entity, (column) => column.isUpdateDate);
  }

  private stamp(runner: QueryRunner, metadata: EntityMetadata, row: Record<string, unknown> | undefined, stamped: (column: EntityMetadata['columns'][number]) => boolean): void {
    if (!this.clock.travelling || runner !== this.manager.queryRunner || !row) return;
    const now = this.clock.now();
    // Creation times a context sets itself are kept; update times always follow the story.
    for (const column of metadata.columns) {
      if (stamped(column) && (column.isUpdateDate || row[column.propertyName] === undefined)) row[column.propertyName] = now;
    }
  }
}
