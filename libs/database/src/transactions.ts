import { AsyncLocalStorage } from 'node:async_hooks';
import { hash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BoundedMap } from '@renkei/kernel';
import type { PoolClient } from 'pg';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';

/**
 * One transaction per unit of work, without passing managers through every call: services
 * read `manager`, and whatever runs inside `run` shares the same transaction (so an audit
 * row or an outbox row commits or rolls back with the change it records).
 */
@Injectable()
export class Transactions {
  private readonly current = new AsyncLocalStorage<EntityManager>();
  // The name of each statement text prepared: computed once per text, not hashed per request.
  private readonly statementNames = new BoundedMap<string, string>(1_000);

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

  /**
   * Runs a hot read's statement as a prepared statement of its connection, named after its
   * text, in the caller's transaction if there is one. PostgreSQL then parses and plans it
   * once per connection (after five runs it keeps a generic plan, unless that is costlier
   * than planning anew), where an unnamed statement is parsed and planned on every request:
   * three quarters of PostgreSQL's time for `myTasks`. Logged and failing as TypeORM's own
   * `query`. For fixed texts with every value a parameter, and every column named: a cached
   * plan of `*` fails once a migration changes the table. `parameters`: positional (`$1`),
   * or named (`:name`, `:...list`) as TypeORM's query builder takes them.
   */
  async prepared<T>(text: string, parameters: readonly unknown[] | Readonly<Record<string, unknown>>): Promise<T[]> {
    const [sql, values] = Array.isArray(parameters) ? [text, [...parameters]] : this.dataSource.driver.escapeQueryWithParameters(text, parameters);
    const own = this.manager.queryRunner;
    const runner = own ?? this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      this.dataSource.logger.logQuery(sql, values, runner);
      try {
        return (await client.query<T & object>({ name: this.statementName(sql), text: sql, values })).rows;
      } catch (error) {
        this.dataSource.logger.logQueryError(error as Error, sql, values, runner);
        throw new QueryFailedError(sql, values, error as Error);
      }
    } finally {
      if (!own) await runner.release();
    }
  }

  private statementName(sql: string): string {
    let name = this.statementNames.get(sql);
    if (name === undefined) {
      name = `renkei_${hash('sha256', sql, 'hex').slice(0, 32)}`;
      this.statementNames.set(sql, name);
    }
    return name;
  }
}
