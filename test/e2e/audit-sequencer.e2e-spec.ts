import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Actor } from '@renkei/access';
import { AuditSequencer, AuditTrail } from '@renkei/audit';
import { AppConfig } from '@renkei/config';
import { DataCategory, Role, Sector, VisibilityBasis } from '@renkei/kernel';
import { useTestApp, type Staff } from '@renkei/testing';
import { DataSource } from 'typeorm';

interface ChainReport {
  ok: boolean;
  checked: number;
  pending: number;
  firstBrokenId: string | null;
}

const WRITERS = 8;
const ENTRIES_PER_WRITER = 1_000;

describe('the audit sequencer: writers append without waiting, one sequencer links them into one chain', () => {
  jest.setTimeout(120_000);
  const s = useTestApp();
  let auditor: Staff;
  let municipalityId: string;

  beforeAll(async () => {
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    const [row] = await s.app.dataSource.query<{ municipality_id: string }[]>('SELECT municipality_id FROM users WHERE id = $1', [auditor.id]);
    municipalityId = row?.municipality_id ?? '';
  });

  const verify = async () => (await s.app.http.as(auditor.token).data<{ verifyAuditChain: ChainReport }>(`query { verifyAuditChain { ok checked pending firstBrokenId } }`)).verifyAuditChain;
  const chain = () =>
    s.app.dataSource.query<{ n: number; distinct_sequences: number; first: string; last: string; unlinked: number; forks: number }[]>(
      `SELECT count(*)::int AS n, count(DISTINCT sequence)::int AS distinct_sequences, min(sequence)::text AS first, max(sequence)::text AS last,
              (SELECT coalesce(sum(json_array_length(entries)), 0)::int FROM audit_appends WHERE municipality_id = $1) AS unlinked,
              (SELECT count(*)::int FROM (SELECT previous_hash FROM audit_events WHERE municipality_id = $1 AND previous_hash IS NOT NULL GROUP BY previous_hash HAVING count(*) > 1) f) AS forks
       FROM audit_events WHERE municipality_id = $1`,
      [municipalityId],
    );
  // A second sequencer on the same database, as another API process would run.
  const otherProcess = () => new AuditSequencer(s.app.app.get(DataSource), s.app.app.get(AppConfig));

  it(`links ${WRITERS} parallel writers × ${ENTRIES_PER_WRITER} entries into one chain: no gap, no fork`, async () => {
    const trail = s.app.app.get(AuditTrail);
    const other = otherProcess();
    let writing = true;
    // The other process's sequencer links while the writers write, as this process's does on its interval.
    const linking = (async () => {
      while (writing) await other.catchUp();
    })();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        for (let i = 0; i < ENTRIES_PER_WRITER; i += 1) await trail.record({ system: true, municipalityId }, [{ action: 'test.appended', details: { writer, i } }]);
      }),
    );
    writing = false;
    await linking;

    const report = await verify();
    const [figures] = await chain();
    expect(figures).toMatchObject({ unlinked: report.pending, forks: 0, first: '1' });
    expect(figures?.distinct_sequences).toBe(figures?.n);
    expect(figures?.last).toBe(String(figures?.distinct_sequences));
    expect(report).toMatchObject({ ok: true, firstBrokenId: null, checked: figures?.distinct_sequences });
    const [appended] = await s.app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.appended'`);
    expect(appended?.n).toBe(WRITERS * ENTRIES_PER_WRITER);
  });

  it('leaves entries appended under a sequencer that died unlinked, never verified, and the next sequencer links them', async () => {
    const trail = s.app.app.get(AuditTrail);
    const dataSource = s.app.app.get(DataSource);
    // A sequencer holds the lock mid-work, then its process dies: its transaction rolls back.
    const dying = dataSource.createQueryRunner();
    await dying.connect();
    await dying.startTransaction();
    await dying.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit:sequencer', 0))`);
    await trail.record({ system: true, municipalityId }, [{ action: 'test.while_dying' }, { action: 'test.while_dying' }]);
    const [waiting] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_appends CROSS JOIN LATERAL json_array_elements(entries) AS e WHERE coalesce(e->>'action', shared->>'action') = 'test.while_dying'`);
    expect(waiting?.n).toBe(2);
    await dying.rollbackTransaction();
    await dying.release();

    await otherProcess().catchUp();
    const [linked] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.while_dying'`);
    expect(linked?.n).toBe(2);
    expect(await verify()).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it('links an append written before the inbox kept shared values once (every value in each entry) as it links the others', async () => {
    const dataSource = s.app.app.get(DataSource);
    const occurredAt = new Date().toISOString();
    const unset = ['actor_user_id', 'actor_agency_id', 'case_id', 'subject_name', 'basis', 'consent_id', 'conference_id', 'emergency_access_id', 'provider_agency_id', 'recipient_agency_id', 'recipient_user_id', 'provision_key'];
    const entry = (n: number) => Object.assign(Object.fromEntries(unset.map((column) => [column, null])), { id: randomUUID(), municipality_id: municipalityId, occurred_at: occurredAt, action: 'test.before_shared', categories: [], details: { n } });
    await dataSource.query(`INSERT INTO audit_appends (municipality_id, entries) VALUES ($1, $2)`, [municipalityId, JSON.stringify([entry(1), entry(2)])]);
    await s.app.auditLinked();
    expect(await dataSource.query(`SELECT details FROM audit_events WHERE action = 'test.before_shared' ORDER BY sequence`)).toEqual([{ details: { n: 1 } }, { details: { n: 2 } }]);
    expect(await verify()).toMatchObject({ ok: true, pending: 0, firstBrokenId: null });
  });

  it('refuses changing or removing an append waiting in the inbox, and any change to an entry once linked', async () => {
    const dataSource = s.app.app.get(DataSource);
    // Held unlinked: a sequencer's lock is taken, as if one were at work.
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit:sequencer', 0))`);
    try {
      await s.app.app.get(AuditTrail).record({ system: true, municipalityId }, [{ action: 'test.content' }]);
      const waiting = `FROM audit_appends WHERE coalesce(shared->>'action', entries->0->>'action') = 'test.content'`;
      await expect(dataSource.query(`UPDATE audit_appends SET entries = '{}' WHERE arrival IN (SELECT arrival ${waiting})`)).rejects.toThrow(/append-only/);
      await expect(dataSource.query(`DELETE ${waiting}`)).rejects.toThrow(/append-only/);
      await expect(dataSource.query(`TRUNCATE audit_appends`)).rejects.toThrow(/append-only/);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    await s.app.auditLinked();
    await expect(dataSource.query(`UPDATE audit_events SET action = 'forged' WHERE action = 'test.content'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`UPDATE audit_events SET sequence = sequence + 1000000, previous_hash = hash WHERE action = 'test.content'`)).rejects.toThrow(/append-only/);
  });

  it('links an entry with every column set as the chain keeps it: the hash made from the append verifies from the stored row', async () => {
    const ids = { caseId: randomUUID(), consentId: randomUUID(), conferenceId: randomUUID(), emergencyAccessId: randomUUID(), providerAgencyId: randomUUID(), recipientAgencyId: randomUUID(), recipientUserId: randomUUID() };
    const actor: Actor = { userId: auditor.id, agencyId: ids.recipientAgencyId, municipalityId, sector: Sector.HOUSING, roles: [Role.CASEWORKER] };
    const entry = { action: 'test.every_column', subjectName: '山田 𠮷子', categories: [DataCategory.HEALTH, DataCategory.BASIC], basis: VisibilityBasis.BREAK_GLASS, details: { b: [1, 2.5, { z: null, a: 'テキスト\\u0000' }], a: true }, provision: true, ...ids };
    await s.app.app.get(AuditTrail).record(actor, [entry, { ...entry }]);
    await s.app.auditLinked();
    const rows = await s.app.dataSource.query<{ provision_key: string | null; details: Record<string, unknown> }[]>(`SELECT provision_key, details FROM audit_events WHERE action = 'test.every_column' ORDER BY sequence`);
    // The first is the day's provision record; its repeat in the same read, the read's entry naming it.
    expect(rows.map((row) => [row.provision_key?.length ?? null, Object.keys(row.details)])).toEqual([[64, ['a', 'b']], [null, ['repeated']]]);
    expect(await verify()).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it('refuses, in the append, an entry the chain could not keep (a NUL character in its details), and appends nothing of it', async () => {
    const trail = s.app.app.get(AuditTrail);
    await expect(trail.record({ system: true, municipalityId }, [{ action: 'test.nul', details: { note: 'a\u0000b' } }])).rejects.toThrow(/NUL/);
    await s.app.auditLinked();
    const [found] = await s.app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.nul'`);
    expect(found?.n).toBe(0);
    expect(await verify()).toMatchObject({ ok: true, pending: 0 });
  });
});
