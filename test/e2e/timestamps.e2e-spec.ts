import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ENTITIES, MIGRATIONS } from '@renkei/api';
import { dataSourceOptions } from '@renkei/database';
import { createTestDatabase, type TestDatabase } from '@renkei/testing';
import { DataSource } from 'typeorm';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
  dataSource = await new DataSource(dataSourceOptions(database.url, ENTITIES, MIGRATIONS)).initialize();
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

// Instants PostgreSQL writes with every form of offset it has: whole hours, half hours, and a
// zone's local mean time (seconds) before standard time; microseconds; the ends of the range.
const INSTANTS = ['2026-12-04 19:32:54.644146Z', '2026-12-04 00:00:00Z', '1850-01-01 00:00:00Z', '1999-12-31 23:59:59.999999Z', '2000-02-29 12:00:00.5Z', '0044-03-15 12:00:00Z BC', '0099-06-01 00:00:00Z', '12026-01-01 00:00:00Z'];
const ZONES = ['UTC', 'Asia/Tokyo', 'Asia/Kolkata', 'America/St_Johns', 'Africa/Monrovia', 'Pacific/Kiritimati'];

describe('timestamps as the application reads them', () => {
  it.each(ZONES)('are the instants PostgreSQL holds, to the millisecond, in a session in %s', async (zone) => {
    const rows = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);
      return manager.query<{ at: Date; ms: string }[]>(`SELECT at, floor(extract(epoch FROM at) * 1000)::text AS ms FROM unnest($1::timestamptz[]) AS at`, [INSTANTS]);
    });
    expect(rows.map(({ at }) => at instanceof Date)).toEqual(INSTANTS.map(() => true));
    expect(rows.map(({ at }) => String(at.getTime()))).toEqual(rows.map(({ ms }) => ms));
  });

  it('keep infinity as pg reads it', async () => {
    const [row] = await dataSource.query<{ up: unknown; down: unknown }[]>(`SELECT 'infinity'::timestamptz AS up, '-infinity'::timestamptz AS down`);
    expect(row).toEqual({ up: Infinity, down: -Infinity });
  });
});
