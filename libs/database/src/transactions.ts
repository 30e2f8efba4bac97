import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * One transaction per unit of work, without passing managers through every call: services
 * read `manager`, and whatever runs inside `run` shares the same transaction (so an audit
 * row or an outbox row commits or rolls back with the change it records).
 */
@Injectable()
export class Transactions {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  /** The transaction's manager inside `run`, else the default one (auto-commit). */
  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  /** Whether the caller runs inside `run`: its writes then commit or roll back together. */
  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /** Runs `work` in a transaction, joining the surrounding one if there is one. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const existing = this.current.getStore();
    if (existing) return work(existing);
    return this.dataSource.transaction((manager) => this.current.run(manager, () => work(manager)));
  }
}
