import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@renkei/config';
import { DatabaseServer, dataSourceOptions, SchemaMigrations } from '@renkei/database';
import { DataSource } from 'typeorm';
import { configurationOrExit } from './configuration.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

const USAGE = `Renkei database migrations (連携)

Usage: node dist/apps/api/src/migrate.js show|run|revert     (npm run migrate:show, migrate:run, migrate:revert)

  show    lists the applied and the pending migrations
  run     applies the pending migrations, each in its own transaction
  revert  reverts the most recently applied migration

Uses the server's database settings: DATABASE_URL (or DATABASE_URL_FILE), else the embedded
database (EMBEDDED_DB_DIR, EMBEDDED_DB_PORT) while no server runs on it. Safe to run while
servers run: migrations take the same lock as a server starting.
`;

const COMMANDS = ['show', 'run', 'revert'] as const;
type Command = (typeof COMMANDS)[number];

async function migrate(command: Command, config: AppConfig): Promise<void> {
  const server = new DatabaseServer(config);
  const dataSource = new DataSource(dataSourceOptions(await server.url(), ENTITIES, MIGRATIONS));
  await dataSource.initialize();
  try {
    const migrations = new SchemaMigrations(dataSource);
    if (command === 'run') {
      const applied = await migrations.run();
      print(applied.length > 0 ? `Applied ${applied.length} migration(s):\n${list(applied)}` : 'No migration pending: the schema is up to date.');
    } else if (command === 'revert') {
      const reverted = await migrations.revertLast();
      print(reverted ? `Reverted ${reverted}` : 'No migration applied: nothing to revert.');
    } else {
      const { applied, pending } = await migrations.status();
      print(`Applied (${applied.length}):\n${list(applied)}\nPending (${pending.length}):\n${list(pending)}`);
    }
  } finally {
    await dataSource.destroy();
    await server.onApplicationShutdown();
  }
}

function list(names: readonly string[]): string {
  return names.length > 0 ? names.map((name) => `  ${name}`).join('\n') : '  (none)';
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function main(): Promise<void> {
  const command = process.argv[2];
  if (!COMMANDS.includes(command as Command)) {
    process.stdout.write(USAGE);
    process.exitCode = command === undefined || command === '--help' || command === '-h' ? 0 : 2;
    return;
  }
  const config = configurationOrExit();
  await migrate(command as Command, config);
}

main().catch((error: unknown) => {
  new Logger('Migrate').fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
