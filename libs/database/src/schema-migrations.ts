import { Injectable } from '@nestjs/common';
import { DataSource, MigrationExecutor } from 'typeorm';

// The same for every process of this application: a server starting and an operator's
// `migrate` command never run migrations at the same time.
const MIGRATION_LOCK = 7_231_001;

/** The committed migrations compared with those a database has executed, by class name. */
export interface MigrationStatus {
  readonly applied: readonly string[];
  readonly pending: readonly string[];
}

/**
 * The committed migrations against one database: what is applied and what is pending, and
 * applying or reverting them under the advisory lock every process takes. Used at start-up,
 * by the readiness check and by the `migrate` command.
 */
@Injectable()
export class SchemaMigrations {
  constructor(private readonly dataSource: DataSource) {}

  /** Read-only: a database without the migrations table has simply applied none. */
  async status(): Promise<MigrationStatus> {
    const executed = await new MigrationExecutor(this.dataSource).getExecutedMigrations();
    const applied = executed.sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).map((migration) => migration.name);
    const done = new Set(applied);
    const pending = this.dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !done.has(name));
    return { applied, pending };
  }

  /** Applies the pending migrations, each in its own transaction; returns their names. */
  run(): Promise<string[]> {
    return this.locked(async () => (await this.dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name));
  }

  /** Reverts the most recently applied migration; returns its name, or null when none is applied. */
  revertLast(): Promise<string | null> {
    return this.locked(async () => {
      const last = (await this.status()).applied.at(-1) ?? null;
      if (last) await this.dataSource.undoLastMigration({ transaction: 'each' });
      return last;
    });
  }

  private async locked<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
