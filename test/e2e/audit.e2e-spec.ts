import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type Staff } from '@renkei/testing';

interface AuditPage {
  auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; sequence: string; action: string; caseId: string | null } }[] };
}

describe('audit: every change recorded, append-only, hash-chained', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let auditor: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
  });

  const actionsFor = async (caseId: string) => {
    const page = await s.app.http.as(auditor.token).data<AuditPage>(Operations.AUDIT_EVENTS, { filter: { caseId }, first: 100 });
    return page.auditEvents.edges.map((e) => e.node.action).reverse();
  };

  it('records every mutation on a case, in order, with the actor', async () => {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: auditor.agencyId });
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId, status: 'CLOSED' });
    await cases.writeSummary(coordinator.token, caseId, [DataCategory.BASIC]);
    const consentId = await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC] }] });
    await s.app.http.as(coordinator.token).data(Operations.REVOKE_CONSENT, { id: consentId, reason: '撤回' });
    await s.app.http.as(coordinator.token).data(Operations.REMOVE_TEAM_MEMBER, { caseId, agencyId: auditor.agencyId });
    expect(await actionsFor(caseId)).toEqual([
      'case.opened',
      'case.team_member_added',
      'case.status_changed',
      'case.summary_written',
      'consent.recorded',
      'consent.revoked',
      'case.team_member_removed',
    ]);
  });

  it('records administration and sign-in too', async () => {
    const page = await s.app.http.as(auditor.token).data<AuditPage>(Operations.AUDIT_EVENTS, { first: 100 });
    const actions = new Set(page.auditEvents.edges.map((e) => e.node.action));
    for (const action of ['municipality.provisioned', 'agency.created', 'user.created', 'user.logged_in']) expect(actions).toContain(action);
  });

  it('filters by action', async () => {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId, status: 'CLOSED' });
    const page = await s.app.http.as(auditor.token).data<AuditPage>(Operations.AUDIT_EVENTS, { filter: { caseId, action: 'case.status_changed' }, first: 100 });
    expect(page.auditEvents.edges.map((e) => e.node.action)).toEqual(['case.status_changed']);
    expect(page.auditEvents.totalCount).toBe(1);
  });

  it('a refused mutation leaves no entry', async () => {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).error(Operations.CHANGE_CASE_STATUS, { caseId, status: 'INTAKE' });
    expect(await actionsFor(caseId)).toEqual(['case.opened']);
  });

  it.each([Role.COORDINATOR, Role.CASEWORKER])('is closed to a %s', async (role) => {
    const staff = await s.fixtures.staff([role]);
    for (const operation of [Operations.AUDIT_EVENTS, Operations.VERIFY_AUDIT_CHAIN]) {
      expect((await s.app.http.as(staff.token).error(operation)).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await s.app.http.as(staff.token).error(Operations.PROVISION_RECORDS, { caseId: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe('FORBIDDEN');
  });

  it('pages newest first without gaps', async () => {
    const all = await s.app.http.as(auditor.token).data<AuditPage>(Operations.AUDIT_EVENTS, { first: 100 });
    const first = await s.app.http.as(auditor.token).data<AuditPage>(Operations.AUDIT_EVENTS, { first: 3 });
    const second = await s.app.http.as(auditor.token).data<AuditPage>(Operations.AUDIT_EVENTS, { first: 3, after: first.auditEvents.pageInfo.endCursor });
    expect([...first.auditEvents.edges, ...second.auditEvents.edges].map((e) => e.node.id)).toEqual(all.auditEvents.edges.slice(0, 6).map((e) => e.node.id));
    const sequences = all.auditEvents.edges.map((e) => e.node.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => Number(b) - Number(a)));
  });

  it('the database refuses to change or delete an entry, even for the table owner', async () => {
    for (const statement of ['UPDATE audit_events SET action = $1', 'DELETE FROM audit_events WHERE action <> $1', 'TRUNCATE audit_events']) {
      const params = statement.startsWith('TRUNCATE') ? [] : ['tampered'];
      await expect(s.app.dataSource.query(statement, params)).rejects.toThrow(/append-only/);
    }
  });

  it('concurrent writers never fork the chain', async () => {
    const caseId = await cases.openCase(coordinator.token);
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.app.http.as(coordinator.token).request(Operations.CHANGE_CASE_STATUS, { caseId, status: i % 2 ? 'ASSESSMENT' : 'CLOSED' })));
    const { verifyAuditChain } = await s.app.http.as(auditor.token).data<{ verifyAuditChain: { ok: boolean; checked: number } }>(Operations.VERIFY_AUDIT_CHAIN);
    expect(verifyAuditChain.ok).toBe(true);
    await s.app.auditLinked();
    const [counts] = await s.app.dataSource.query<{ n: string; max: string }[]>(
      `SELECT count(*) AS n, max(sequence) AS max FROM audit_events WHERE municipality_id = (SELECT municipality_id FROM users WHERE id = $1)`,
      [auditor.id],
    );
    expect(counts?.n).toBe(counts?.max);
    expect(verifyAuditChain.checked).toBe(Number(counts?.n));
  });

  it('tampering with an entry behind the trigger’s back is found, and the entry named', async () => {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId, status: 'CLOSED' });
    await s.app.auditLinked();
    const [victim] = await s.app.dataSource.query<{ id: string; sequence: string; occurred_at: Date }[]>(`SELECT id, sequence, occurred_at FROM audit_events WHERE case_id = $1 AND action = 'case.opened'`, [caseId]);
    // As the database owner, with triggers disabled for the session (what a rogue DBA could do).
    // Last in this file: the municipality's chain stays broken afterwards.
    await s.app.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE audit_events SET details = '{"forged": true}' WHERE id = $1`, [victim?.id]);
    });
    const { verifyAuditChain } = await s.app.http.as(auditor.token).data<{ verifyAuditChain: { ok: boolean; firstBrokenId: string } }>(Operations.VERIFY_AUDIT_CHAIN);
    expect(verifyAuditChain).toMatchObject({ ok: false, firstBrokenId: victim?.id });
    // Named so an auditor can find it on screen: its position in the chain and its time, as stored.
    const named = await s.app.http.as(auditor.token).data<{ verifyAuditChain: { firstBrokenSequence: string; firstBrokenOccurredAt: string } }>(
      `query { verifyAuditChain { firstBrokenSequence firstBrokenOccurredAt } }`,
    );
    expect(named.verifyAuditChain).toEqual({ firstBrokenSequence: victim?.sequence, firstBrokenOccurredAt: victim?.occurred_at.toISOString() });
  });
});
