import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '@renkei/api';
import { AppConfig } from '@renkei/config';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { RetentionJob } from '@renkei/retention';
import { CaseFixtures, MovableClock, Operations, SUBJECT, TEST_JWT_SECRET, useTestApp, type Staff } from '@renkei/testing';

const DAY_MS = 86_400_000;
const POLICIES = `query { retentionPolicies { kind days updatedAt } }`;
const SET_PERIOD = `mutation SetPeriod($kind: RetentionKind!, $days: Int) { setRetentionPeriod(kind: $kind, days: $days) { kind days updatedAt } }`;
const REPORT = `query { retentionReport { kind days cutoff count oldestEndedAt } }`;
const APPLY = `mutation { applyRetention { kind count } }`;

interface Finding {
  kind: string;
  days: number | null;
  cutoff: string | null;
  count: number;
  oldestEndedAt: string | null;
}

describe('retention (保存期間): periods, dry run, the scheduled removal once, the audit chain intact', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  let admin: string;
  let coordinator: Staff;
  let cases: CaseFixtures;
  // A second API process on the same database, as in production behind a load balancer.
  let second: INestApplication;

  beforeAll(async () => {
    admin = await s.fixtures.admin();
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    cases = new CaseFixtures(s.app);
    const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', DATABASE_URL: s.app.database.url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'error' });
    second = await createApp(config, clock);
    await second.init();
  }, 180_000);

  afterAll(async () => {
    await second?.close();
  });

  const report = async () => new Map((await s.app.http.as(admin).data<{ retentionReport: Finding[] }>(REPORT)).retentionReport.map((f) => [f.kind, f]));
  const rows = (sql: string, params: unknown[] = []) => s.app.dataSource.query<Record<string, unknown>[]>(sql, params);

  it('keeps every kind until an administrator sets a period', async () => {
    const { retentionPolicies } = await s.app.http.as(admin).data<{ retentionPolicies: { kind: string; days: number | null }[] }>(POLICIES);
    expect(retentionPolicies.map(({ kind, days }) => ({ kind, days }))).toEqual([
      { kind: 'CLOSED_CASES', days: null },
      { kind: 'EXPIRED_CONSENTS', days: null },
      { kind: 'ACCESS_LOGS', days: null },
    ]);
  });

  it.each([[29], [36_501], [0], [-5]])('refuses a period of %p days as BAD_USER_INPUT', async (days) => {
    const error = await s.app.http.as(admin).error(SET_PERIOD, { kind: 'CLOSED_CASES', days });
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a period that is not whole days', async () => {
    const error = await s.app.http.as(admin).error(SET_PERIOD, { kind: 'CLOSED_CASES', days: 30.5 });
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses everyone but the administrator (FORBIDDEN)', async () => {
    for (const role of [Role.COORDINATOR, Role.CASEWORKER, Role.AUDITOR]) {
      const staff = role === Role.COORDINATOR ? coordinator : await s.fixtures.staff([role]);
      for (const [query, variables] of [[POLICIES, {}], [REPORT, {}], [APPLY, {}], [SET_PERIOD, { kind: 'CLOSED_CASES', days: 30 }]] as const) {
        expect((await s.app.http.as(staff.token).error(query, variables)).extensions?.['code']).toBe('FORBIDDEN');
      }
    }
  });

  it('reports, then removes once what is past its period when time has moved on, and the chain still verifies', async () => {
    const now = clock.now();
    // Closed now: past a 30-day period once 31 days have passed.
    const closed = await cases.openCase(coordinator.token, '終結する事案');
    await cases.writeSummary(coordinator.token, closed, [DataCategory.BASIC, DataCategory.HEALTH]);
    await cases.recordConsent(coordinator.token, closed, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC] }] });
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId: closed, status: 'CLOSED', note: '本人の転居のため' });
    // Still open: its content stays whatever its age; its consents follow their own period.
    const open = await cases.openCase(coordinator.token, '継続中の事案');
    await cases.writeSummary(coordinator.token, open, [DataCategory.HOUSING]);
    const permit = { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC] }] };
    const expired = await cases.recordConsent(coordinator.token, open, { ...permit, validFrom: new Date(now.getTime() - 10 * DAY_MS), validUntil: new Date(now.getTime() - DAY_MS) });
    const revoked = await cases.recordConsent(coordinator.token, open, permit);
    await s.app.http.as(coordinator.token).data(Operations.REVOKE_CONSENT, { id: revoked, reason: '撤回' });
    const current = await cases.recordConsent(coordinator.token, open, { ...permit, validUntil: new Date(now.getTime() + 60 * DAY_MS) });

    for (const kind of ['CLOSED_CASES', 'EXPIRED_CONSENTS']) {
      const { setRetentionPeriod } = await s.app.http.as(admin).data<{ setRetentionPeriod: { days: number } }>(SET_PERIOD, { kind, days: 30 });
      expect(setRetentionPeriod.days).toBe(30);
    }
    // Nothing is 30 days past yet.
    expect([...(await report()).values()].map((f) => f.count)).toEqual([0, 0, 0]);

    clock.advance(31 * DAY_MS);
    const dryRun = await report();
    expect(dryRun.get('CLOSED_CASES')).toMatchObject({ days: 30, count: 1 });
    expect(dryRun.get('EXPIRED_CONSENTS')).toMatchObject({ days: 30, count: 2 });
    expect(new Date(dryRun.get('EXPIRED_CONSENTS')?.oldestEndedAt ?? 0).getTime()).toBe(now.getTime() - DAY_MS);
    // The dry run changed nothing: asked again, it finds the same (the cutoff follows the clock).
    const counted = (findings: Map<string, Finding>) => [...findings.values()].map(({ kind, count, oldestEndedAt }) => ({ kind, count, oldestEndedAt }));
    expect(counted(await report())).toEqual(counted(dryRun));

    // Both processes' jobs at once, and again: each record is removed by exactly one of them.
    const job = s.app.app.get(RetentionJob);
    const removed = await Promise.all([job.tick(), second.get(RetentionJob).tick(), job.tick()]);
    expect(removed.reduce((sum, n) => sum + n, 0)).toBe(3);
    expect(await Promise.all([job.tick(), second.get(RetentionJob).tick()])).toEqual([0, 0]);

    const [erased] = await rows('SELECT title, subject_full_name, subject_full_name_kana, subject_address, subject_birth_date::text AS birth, intake_note, status FROM cases WHERE id = $1', [closed]);
    expect(erased).toEqual({ title: '保存期間の経過により削除', subject_full_name: '', subject_full_name_kana: '', subject_address: '', birth: `${SUBJECT.birthDate.slice(0, 4)}-01-01`, intake_note: null, status: 'CLOSED' });
    expect(await rows('SELECT id FROM case_summaries WHERE case_id = $1 UNION ALL SELECT id FROM consents WHERE case_id = $1', [closed])).toEqual([]);
    expect(await rows('SELECT note FROM case_status_changes WHERE case_id = $1', [closed])).toEqual([{ note: null }]);
    // The open case keeps its content and the consent still in force; the ended ones are gone.
    const [kept] = await rows('SELECT subject_full_name FROM cases WHERE id = $1', [open]);
    expect(kept).toEqual({ subject_full_name: SUBJECT.fullName });
    expect((await rows('SELECT id FROM consents WHERE case_id = $1', [open])).map((r) => r['id'])).toEqual([current]);
    expect(await rows('SELECT id FROM consents WHERE id = ANY($1)', [[expired, revoked]])).toEqual([]);
    expect(await rows('SELECT count(*)::int AS n FROM case_summaries WHERE case_id = $1', [open])).toEqual([{ n: 1 }]);

    // The trail records each removal once, with kind, count and cutoff, and no personal data.
    await s.app.auditLinked();
    const entries = await rows(`SELECT details FROM audit_events WHERE action = 'retention.applied' ORDER BY sequence`);
    expect(entries.map((e) => e['details'])).toEqual([
      expect.objectContaining({ kind: 'CLOSED_CASES', count: 1, days: 30, cutoff: expect.any(String) }),
      expect.objectContaining({ kind: 'EXPIRED_CONSENTS', count: 2, days: 30, cutoff: expect.any(String) }),
    ]);
    expect(JSON.stringify(entries)).not.toContain(SUBJECT.fullName);
    const { verifyAuditChain } = await s.app.http.as(admin).data<{ verifyAuditChain: { ok: boolean } }>(Operations.VERIFY_AUDIT_CHAIN);
    expect(verifyAuditChain.ok).toBe(true);
    expect([...(await report()).values()].map((f) => f.count)).toEqual([0, 0, 0]);
  });

  it('lets the administrator run it now, and unsetting a period keeps the data', async () => {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId, status: 'CLOSED' });
    await s.app.http.as(admin).data(SET_PERIOD, { kind: 'CLOSED_CASES', days: null });
    clock.advance(31 * DAY_MS);
    expect((await report()).get('CLOSED_CASES')).toMatchObject({ days: null, count: 0 });
    expect((await s.app.http.as(admin).data<{ applyRetention: { kind: string; count: number }[] }>(APPLY)).applyRetention).toEqual([{ kind: 'EXPIRED_CONSENTS', count: 0 }]);
    await s.app.http.as(admin).data(SET_PERIOD, { kind: 'CLOSED_CASES', days: 30 });
    const { applyRetention } = await s.app.http.as(admin).data<{ applyRetention: { kind: string; count: number }[] }>(APPLY);
    expect(applyRetention).toContainEqual({ kind: 'CLOSED_CASES', count: 1 });
    const [erased] = await rows('SELECT subject_full_name FROM cases WHERE id = $1', [caseId]);
    expect(erased).toEqual({ subject_full_name: '' });
  });
});
