import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@renkei/kernel';
import { MIN_ACCESS_LOG_DAYS } from '@renkei/retention';
import { MovableClock, Operations, useTestApp, type Staff } from '@renkei/testing';

const DAY_MS = 86_400_000;
const SET_PERIOD = `mutation SetPeriod($kind: RetentionKind!, $days: Int) { setRetentionPeriod(kind: $kind, days: $days) { kind days } }`;
const REPORT = `query { retentionReport { kind days count oldestEndedAt } }`;
const APPLY = `mutation { applyRetention { kind count } }`;

interface Entry {
  id: string;
  sequence: string;
  hash: string;
  occurred_at: Date;
}
interface ChainReport {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
}

describe('retention of the access log (アクセス記録・提供記録): the oldest part of the chain, behind a checkpoint', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  let admin: string;
  let auditor: Staff;
  let municipalityId: string;

  beforeAll(async () => {
    admin = await s.fixtures.admin();
    auditor = await s.fixtures.staff([Role.AUDITOR]);
  });

  const rows = <T>(sql: string, params: unknown[] = []) => s.app.dataSource.query<T[]>(sql, params);
  const trail = async () => {
    await s.app.auditLinked();
    return rows<Entry>('SELECT id, sequence::text, hash, occurred_at FROM audit_events WHERE municipality_id = $1 ORDER BY sequence', [municipalityId]);
  };
  const verify = async () => (await s.app.http.as(auditor.token).data<{ verifyAuditChain: ChainReport }>(Operations.VERIFY_AUDIT_CHAIN)).verifyAuditChain;
  const accessLogs = async <T>(query: string, field: 'retentionReport' | 'applyRetention') =>
    (await s.app.http.as(admin).data<Record<string, (T & { kind: string })[]>>(query))[field]?.find((f) => f.kind === 'ACCESS_LOGS');

  it('refuses a period shorter than the 3 years a 提供記録 is kept', async () => {
    const error = await s.app.http.as(admin).error(SET_PERIOD, { kind: 'ACCESS_LOGS', days: MIN_ACCESS_LOG_DAYS - 1 });
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('reports, then removes the entries before the cutoff once, stores the checkpoint, records the prune, and the chain verifies', async () => {
    await s.app.http.as(admin).data(SET_PERIOD, { kind: 'ACCESS_LOGS', days: MIN_ACCESS_LOG_DAYS });
    await s.app.auditLinked();
    const [set] = await rows<{ municipality_id: string }>(`SELECT municipality_id FROM audit_events WHERE action = 'retention.period_set'`);
    municipalityId = set?.municipality_id ?? '';
    const old = await trail();
    const last = old.at(-1) as Entry;

    clock.advance((MIN_ACCESS_LOG_DAYS + 1) * DAY_MS);
    // Written after the move: within the period, so kept.
    await s.app.http.as(admin).data(SET_PERIOD, { kind: 'ACCESS_LOGS', days: MIN_ACCESS_LOG_DAYS });
    const dryRun = await accessLogs<{ count: number; oldestEndedAt: string }>(REPORT, 'retentionReport');
    expect(dryRun).toMatchObject({ days: MIN_ACCESS_LOG_DAYS, count: old.length, oldestEndedAt: old[0]?.occurred_at.toISOString() });
    expect(await trail()).toHaveLength(old.length + 1);

    expect(await accessLogs<{ count: number }>(APPLY, 'applyRetention')).toEqual({ kind: 'ACCESS_LOGS', count: old.length });
    expect(await accessLogs<{ count: number }>(APPLY, 'applyRetention')).toEqual({ kind: 'ACCESS_LOGS', count: 0 });

    const left = await trail();
    expect(left[0]?.sequence).toBe(String(BigInt(last.sequence) + 1n));
    const checkpoints = await rows<Record<string, unknown>>('SELECT through_sequence::text, through_hash, pruned_count FROM audit_checkpoints WHERE municipality_id = $1', [municipalityId]);
    expect(checkpoints).toEqual([{ through_sequence: last.sequence, through_hash: last.hash, pruned_count: old.length }]);
    const applied = await rows<{ details: Record<string, unknown> }>(`SELECT details FROM audit_events WHERE municipality_id = $1 AND action = 'retention.applied'`, [municipalityId]);
    expect(applied.map((e) => e.details)).toEqual([expect.objectContaining({ kind: 'ACCESS_LOGS', count: old.length, days: MIN_ACCESS_LOG_DAYS, throughSequence: last.sequence, throughHash: last.hash })]);
    expect(await verify()).toEqual({ ok: true, checked: left.length, firstBrokenId: null });
  });

  it('still refuses to change or delete an entry or a checkpoint outside the prune', async () => {
    for (const table of ['audit_events', 'audit_checkpoints']) {
      for (const statement of [`UPDATE ${table} SET municipality_id = municipality_id`, `DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
        await expect(s.app.dataSource.query(statement)).rejects.toThrow(/append-only/);
      }
    }
    expect(await verify()).toMatchObject({ ok: true });
  });

  // As the database owner, with triggers off for the transaction (what a rogue DBA could do).
  const behindTheTriggers = (statement: string, params: unknown[]) =>
    s.app.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(statement, params);
    });

  it('does not trust a checkpoint inserted by hand, which no prune attests', async () => {
    const [first, second] = await trail();
    await s.app.dataSource.query(`INSERT INTO audit_checkpoints (municipality_id, through_sequence, through_hash, pruned_count, created_at) VALUES ($1, $2, $3, 0, now())`, [
      municipalityId,
      first?.sequence,
      first?.hash,
    ]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: second?.id });
    await behindTheTriggers('DELETE FROM audit_checkpoints WHERE municipality_id = $1 AND through_sequence = $2', [municipalityId, first?.sequence]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('prunes again up to the newest entry: the next entry links to the latest checkpoint', async () => {
    const before = await trail();
    const last = before.at(-1) as Entry;
    clock.advance((MIN_ACCESS_LOG_DAYS + 1) * DAY_MS);
    expect(await accessLogs<{ count: number }>(APPLY, 'applyRetention')).toEqual({ kind: 'ACCESS_LOGS', count: before.length });
    // Only the run's own entry is left, and it continues the chain where the prune cut it.
    const [applied, ...rest] = await trail();
    expect(rest).toEqual([]);
    expect(applied?.sequence).toBe(String(BigInt(last.sequence) + 1n));
    expect(await verify()).toEqual({ ok: true, checked: 1, firstBrokenId: null });
  });

  it('finds an entry tampered with after the prune, and names it', async () => {
    // Last in this file: the chain stays broken afterwards.
    const [first] = await trail();
    await behindTheTriggers(`UPDATE audit_events SET details = '{"forged": true}' WHERE id = $1`, [first?.id]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: first?.id });
  });
});
