import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, MovableClock, Operations, useTestApp, type Staff } from '@renkei/testing';

const HOUR = 3_600_000;
const REASON = '本人と連絡が取れず、室内で倒れている可能性があるため、通院状況を確認する必要がある。';

const ACCESS = `id caseId categories legalGround reason declaredBy { id } declaredByAgency { id } declaredAt expiresAt endedAt state
  review { verdict note reviewedBy { id } reviewedAt } reviewDueAt reviewOverdue`;
const DECLARE = `mutation Declare($input: DeclareEmergencyAccessInput!) { declareEmergencyAccess(input: $input) { ${ACCESS} } }`;
const END = `mutation End($id: ID!) { endEmergencyAccess(id: $id) { ${ACCESS} } }`;
const REVIEW = `mutation Review($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) { reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) { ${ACCESS} } }`;
const LIST = `query List($reviewed: Boolean, $caseId: ID, $active: Boolean) { emergencyAccesses(reviewed: $reviewed, caseId: $caseId, active: $active) { ${ACCESS} } }`;
const EVENTS = `subscription Events($after: String) { emergencyAccessEvents(after: $after) { id type emergencyAccess { id state declaredBy { id } review { verdict } } } }`;
const RECORD = `query Record($id: ID!) { case(id: $id) { id recordBasis recordRedacted subject { fullName } } }`;
const PROVISIONS = `query Provisions($caseId: ID!) { provisionRecords(caseId: $caseId) { basis emergencyAccessId categories providerAgency { id } recipientUser { id } } }`;
const AUDIT = `query Audit($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 50) { edges { node { action caseId emergencyAccessId categories } } } }`;
const SETTINGS = `mutation Settings($hours: Int, $perDay: Int) { updateMunicipalitySettings(emergencyAccessHours: $hours, emergencyDeclarationsPerDay: $perDay) {
  supportMeetingAccessDays emergencyAccessHours emergencyReviewDueHours emergencyDeclarationsPerDay } }`;
const NOT_JUSTIFIED = `query { users { id notJustifiedEmergencyAccesses } }`;
const ME_NOT_JUSTIFIED = `query { me { id notJustifiedEmergencyAccesses } }`;
const MY_TASKS = `query { myTasks { id title dueAt case { id } } }`;

interface Access {
  id: string;
  caseId: string;
  categories: string[];
  declaredBy: { id: string };
  declaredByAgency: { id: string };
  declaredAt: string;
  expiresAt: string;
  endedAt: string | null;
  state: string;
  review: { verdict: string; note: string; reviewedBy: { id: string } } | null;
  reviewDueAt: string;
  reviewOverdue: boolean;
}
interface Section {
  category: string;
  body: string | null;
  redacted: boolean;
  basis: string | null;
}
interface AccessEvent {
  emergencyAccessEvents: { id: string; type: string; emergencyAccess: { id: string; state: string; declaredBy: { id: string }; review: { verdict: string } | null } };
}

describe('emergency access (緊急時の閲覧) with its review', () => {
  const clock = new MovableClock();
  // The demo municipality is a second tenant, with an auditor and cases of its own.
  const s = useTestApp({ DEMO_DATA: 'true' }, clock);
  let coordinator: Staff;
  let auditor: Staff;
  let health: Staff; // writes the HEALTH and FINANCES sections
  let housing: Staff; // on the team; sees only its own agency's data
  let outsider: Staff; // a caseworker of an agency not on the team
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    cases = new CaseFixtures(s.app);
  });

  const as = (staff: Staff | string) => s.app.http.as(typeof staff === 'string' ? staff : staff.token);
  // A colleague of the housing caseworker: each test declares as its own user (the rate is per user).
  const housingColleague = () => s.fixtures.staff([Role.CASEWORKER], { agencyId: housing.agencyId });

  async function caseWithHealthSections(): Promise<string> {
    const caseId = await cases.openCase(coordinator.token);
    for (const member of [health, housing]) await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
    await cases.writeSummary(health.token, caseId, [DataCategory.HEALTH, DataCategory.FINANCES]);
    return caseId;
  }

  const input = (staff: Staff, caseId: string, categories: DataCategory[] = [DataCategory.HEALTH, DataCategory.BASIC]) => ({
    input: { caseId, categories, legalGround: 'LIFE_BODY_PROPERTY', reason: REASON, password: staff.password },
  });
  async function declare(staff: Staff, caseId: string, categories?: DataCategory[]): Promise<Access> {
    return (await as(staff).data<{ declareEmergencyAccess: Access }>(DECLARE, input(staff, caseId, categories))).declareEmergencyAccess;
  }
  async function sectionsSeenBy(staff: Staff, caseId: string): Promise<Map<string, Section>> {
    const { case: found } = await as(staff).data<{ case: { summaries: { agency: { id: string }; sections: Section[] }[] } }>(Operations.CASE_WITH_SUMMARIES, { id: caseId });
    return new Map(found.summaries.filter((summary) => summary.agency.id === health.agencyId).flatMap((summary) => summary.sections.map((section) => [section.category, section])));
  }
  async function recordSeenBy(staff: Staff, caseId: string): Promise<{ recordBasis: string | null; recordRedacted: boolean; subject: { fullName: string } | null }> {
    return (await as(staff).data<{ case: { recordBasis: string | null; recordRedacted: boolean; subject: { fullName: string } | null } }>(RECORD, { id: caseId })).case;
  }
  async function list(staff: Staff | string, variables: Record<string, unknown> = {}): Promise<Access[]> {
    return (await as(staff).data<{ emergencyAccesses: Access[] }>(LIST, variables)).emergencyAccesses;
  }
  async function newestEvent(): Promise<string> {
    const [row] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM emergency_access_events');
    return row?.id ?? '0';
  }

  it('opens the named categories of that case to its declarer only, on basis BREAK_GLASS; other cases and categories stay redacted', async () => {
    const caseId = await caseWithHealthSections();
    const otherCaseId = await caseWithHealthSections();
    const declarer = await housingColleague();
    expect((await sectionsSeenBy(declarer, caseId)).get(DataCategory.HEALTH)).toMatchObject({ redacted: true, body: null, basis: null });
    expect(await recordSeenBy(declarer, caseId)).toMatchObject({ recordRedacted: true, subject: null });

    const access = await declare(declarer, caseId);
    expect(access).toMatchObject({ caseId, state: 'ACTIVE', declaredBy: { id: declarer.id }, declaredByAgency: { id: housing.agencyId }, endedAt: null, review: null, reviewOverdue: false });
    expect([...access.categories].sort()).toEqual([DataCategory.BASIC, DataCategory.HEALTH]);
    expect(Date.parse(access.expiresAt) - Date.parse(access.declaredAt)).toBe(4 * HOUR);
    expect(Date.parse(access.reviewDueAt) - Date.parse(access.declaredAt)).toBe(72 * HOUR);

    const seen = await sectionsSeenBy(declarer, caseId);
    expect(seen.get(DataCategory.HEALTH)).toMatchObject({ redacted: false, basis: 'BREAK_GLASS', body: `HEALTH notes for ${caseId}` });
    expect(seen.get(DataCategory.FINANCES)).toMatchObject({ redacted: true, body: null, basis: null });
    expect(await recordSeenBy(declarer, caseId)).toMatchObject({ recordBasis: 'BREAK_GLASS', recordRedacted: false, subject: { fullName: '山田 太郎' } });
    // Another case, and a colleague of the same agency: nothing opened.
    expect((await sectionsSeenBy(declarer, otherCaseId)).get(DataCategory.HEALTH)).toMatchObject({ redacted: true, basis: null });
    expect((await sectionsSeenBy(housing, caseId)).get(DataCategory.HEALTH)).toMatchObject({ redacted: true, basis: null });

    // The provision records carry the basis and the declaration; so does the declaration's audit entry.
    const { provisionRecords } = await as(auditor).data<{ provisionRecords: { basis: string; emergencyAccessId: string | null; categories: string[]; providerAgency: { id: string }; recipientUser: { id: string } | null }[] }>(PROVISIONS, { caseId });
    const mine = provisionRecords.filter((record) => record.recipientUser?.id === declarer.id);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ basis: 'BREAK_GLASS', emergencyAccessId: access.id, categories: [DataCategory.HEALTH], providerAgency: { id: health.agencyId } }),
        expect.objectContaining({ basis: 'BREAK_GLASS', emergencyAccessId: access.id, categories: [DataCategory.BASIC], providerAgency: { id: coordinator.agencyId } }),
      ]),
    );
    expect(mine.every((record) => record.basis === 'BREAK_GLASS' && record.emergencyAccessId === access.id)).toBe(true);
    const { auditEvents } = await as(auditor).data<{ auditEvents: { edges: { node: { action: string; emergencyAccessId: string | null } }[] } }>(AUDIT, { filter: { caseId, action: 'emergency_access.declared' } });
    expect(auditEvents.edges.map((e) => e.node)).toEqual([expect.objectContaining({ action: 'emergency_access.declared', emergencyAccessId: access.id })]);
    expect((await as(auditor).data<{ verifyAuditChain: { ok: boolean } }>(Operations.VERIFY_AUDIT_CHAIN)).verifyAuditChain.ok).toBe(true);
  });

  it('ends when its period runs out (the movable clock), and earlier when its declarer ends it, once', async () => {
    const caseId = await caseWithHealthSections();
    const declarer = await housingColleague();
    const running = await declare(declarer, caseId);
    expect(await list(declarer, { caseId, active: true })).toEqual([expect.objectContaining({ id: running.id, state: 'ACTIVE' })]);

    clock.advance(4 * HOUR + 1_000);
    expect((await sectionsSeenBy(declarer, caseId)).get(DataCategory.HEALTH)).toMatchObject({ redacted: true, basis: null });
    expect(await list(declarer, { caseId, active: true })).toEqual([]);
    expect(await list(declarer, { caseId, active: false })).toEqual([expect.objectContaining({ id: running.id, state: 'EXPIRED', endedAt: null })]);
    expect((await as(declarer).error(END, { id: running.id })).extensions?.['code']).toBe('CONFLICT');

    const early = await declare(declarer, caseId);
    expect((await sectionsSeenBy(declarer, caseId)).get(DataCategory.HEALTH)).toMatchObject({ basis: 'BREAK_GLASS' });
    // The coordinator is told of it, but does not end another's declaration; an outsider does not know of it.
    expect((await as(coordinator).error(END, { id: early.id })).extensions?.['code']).toBe('FORBIDDEN');
    expect((await as(outsider).error(END, { id: early.id })).extensions?.['code']).toBe('NOT_FOUND');
    const ended = (await as(declarer).data<{ endEmergencyAccess: Access }>(END, { id: early.id })).endEmergencyAccess;
    expect(ended).toMatchObject({ id: early.id, state: 'ENDED' });
    expect(ended.endedAt).not.toBeNull();
    expect((await sectionsSeenBy(declarer, caseId)).get(DataCategory.HEALTH)).toMatchObject({ redacted: true, basis: null });
    expect((await as(declarer).error(END, { id: early.id })).extensions?.['code']).toBe('CONFLICT');
  });

  it('is reviewed by the AUDITOR alone, once; unreviewed ones past their due time are overdue; a not-justified count is for the administrator', async () => {
    const caseId = await caseWithHealthSections();
    const declarer = await housingColleague();
    const access = await declare(declarer, caseId);
    const review = { id: access.id, verdict: 'NOT_JUSTIFIED', note: '生命の危険を示す事情が記録上うかがえない。' };
    expect((await as(declarer).error(REVIEW, review)).extensions?.['code']).toBe('FORBIDDEN');
    expect((await as(coordinator).error(REVIEW, review)).extensions?.['code']).toBe('FORBIDDEN');
    expect((await as(outsider).error(REVIEW, review)).extensions?.['code']).toBe('NOT_FOUND');
    expect((await as(auditor).error(REVIEW, { ...review, note: '  ' })).extensions?.['code']).toBe('BAD_USER_INPUT');

    expect(await list(auditor, { reviewed: false, caseId })).toEqual([expect.objectContaining({ id: access.id, reviewOverdue: false })]);
    clock.advance(72 * HOUR + 1_000);
    expect(await list(auditor, { reviewed: false, caseId })).toEqual([expect.objectContaining({ id: access.id, reviewOverdue: true, state: 'EXPIRED' })]);

    const reviewed = (await as(auditor).data<{ reviewEmergencyAccess: Access }>(REVIEW, review)).reviewEmergencyAccess;
    expect(reviewed).toMatchObject({ review: { verdict: 'NOT_JUSTIFIED', note: review.note, reviewedBy: { id: auditor.id } }, reviewOverdue: false });
    expect((await as(auditor).error(REVIEW, { ...review, verdict: 'JUSTIFIED' })).extensions?.['code']).toBe('CONFLICT');
    expect(await list(auditor, { reviewed: false, caseId })).toEqual([]);
    expect(await list(auditor, { reviewed: true, caseId })).toEqual([expect.objectContaining({ id: access.id })]);

    const { users } = await as(await s.fixtures.admin()).data<{ users: { id: string; notJustifiedEmergencyAccesses: number | null }[] }>(NOT_JUSTIFIED);
    expect(users.find((user) => user.id === declarer.id)?.notJustifiedEmergencyAccesses).toBe(1);
    expect(users.find((user) => user.id === housing.id)?.notJustifiedEmergencyAccesses).toBe(0);
    expect((await as(declarer).data<{ me: { notJustifiedEmergencyAccesses: number | null } }>(ME_NOT_JUSTIFIED)).me.notJustifiedEmergencyAccesses).toBeNull();
  });

  it('may be ended early by the AUDITOR; an inconclusive review closes the review without counting against the declarer', async () => {
    const caseId = await caseWithHealthSections();
    const declarer = await housingColleague();
    const access = await declare(declarer, caseId);
    const ended = (await as(auditor).data<{ endEmergencyAccess: Access }>(END, { id: access.id })).endEmergencyAccess;
    expect(ended).toMatchObject({ id: access.id, state: 'ENDED' });
    expect((await sectionsSeenBy(declarer, caseId)).get(DataCategory.HEALTH)).toMatchObject({ redacted: true, basis: null });

    const review = { id: access.id, verdict: 'INCONCLUSIVE', note: '記録だけでは生命の危険の有無を判断できない。申告者に聞き取りを行う。' };
    expect((await as(auditor).data<{ reviewEmergencyAccess: Access }>(REVIEW, review)).reviewEmergencyAccess).toMatchObject({ review: { verdict: 'INCONCLUSIVE' } });
    expect(await list(auditor, { reviewed: false, caseId })).toEqual([]);
    const { users } = await as(await s.fixtures.admin()).data<{ users: { id: string; notJustifiedEmergencyAccesses: number | null }[] }>(NOT_JUSTIFIED);
    expect(users.find((user) => user.id === declarer.id)?.notJustifiedEmergencyAccesses).toBe(0);
  });

  it('lists the municipality’s declarations to auditors and coordinators, their own to others, newest first', async () => {
    const caseId = await caseWithHealthSections();
    const first = await housingColleague();
    const second = await housingColleague();
    const older = await declare(first, caseId);
    const newer = await declare(second, caseId);
    for (const viewer of [auditor, coordinator]) expect((await list(viewer, { caseId })).map((a) => a.id)).toEqual([newer.id, older.id]);
    expect((await list(first, { caseId })).map((a) => a.id)).toEqual([older.id]);
    expect(await list(outsider, { caseId })).toEqual([]);
  });

  it('refuses a short reason, a wrong password, a case the user may not know of (another municipality’s too), and more than the day’s rate', async () => {
    const caseId = await caseWithHealthSections();
    const declarer = await housingColleague();
    const short = await as(declarer).error(DECLARE, { input: { ...input(declarer, caseId).input, reason: '急ぎ' } });
    expect(short.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(short.extensions?.['violations']).toEqual([expect.objectContaining({ field: 'reason' })]);

    const wrong = await as(declarer).error(DECLARE, { input: { ...input(declarer, caseId).input, password: 'not-my-password' } });
    expect(wrong.extensions?.['code']).toBe('FORBIDDEN');
    expect(await list(declarer)).toEqual([]);
    // The session goes on: re-authentication failing is not a sign-out.
    expect((await as(declarer).data<{ me: { id: string } }>(Operations.ME)).me.id).toBe(declarer.id);

    const [demoCase] = await s.app.dataSource.query<{ id: string }[]>(`SELECT c.id FROM cases c JOIN municipalities m ON m.id = c.municipality_id WHERE m.name <> 'Testville' LIMIT 1`);
    if (!demoCase) throw new Error('The demo municipality has no case');
    expect((await as(declarer).error(DECLARE, input(declarer, demoCase.id))).extensions?.['code']).toBe('NOT_FOUND');
    expect((await as(outsider).error(DECLARE, input(outsider, caseId))).extensions?.['code']).toBe('NOT_FOUND');
    // The officer reviews; it does not read cases (and so cannot declare).
    expect((await as(auditor).error(DECLARE, input(auditor, caseId))).extensions?.['code']).toBe('NOT_FOUND');

    for (let i = 0; i < 3; i += 1) await declare(declarer, caseId);
    const limited = await as(declarer).error(DECLARE, input(declarer, caseId));
    expect(limited.extensions?.['code']).toBe('RATE_LIMITED');
    expect(limited.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    clock.advance(24 * HOUR + 1_000);
    await expect(declare(declarer, caseId)).resolves.toMatchObject({ state: 'ACTIVE' });
  });

  it('follows the municipality’s settings, which only the administrator changes', async () => {
    const admin = await s.fixtures.admin();
    expect((await as(coordinator).error(SETTINGS, { hours: 2 })).extensions?.['code']).toBe('FORBIDDEN');
    const { updateMunicipalitySettings } = await as(admin).data<{ updateMunicipalitySettings: Record<string, number> }>(SETTINGS, { hours: 2 });
    expect(updateMunicipalitySettings).toEqual({ supportMeetingAccessDays: 14, emergencyAccessHours: 2, emergencyReviewDueHours: 72, emergencyDeclarationsPerDay: 3 });
    try {
      const access = await declare(await housingColleague(), await caseWithHealthSections());
      expect(Date.parse(access.expiresAt) - Date.parse(access.declaredAt)).toBe(2 * HOUR);
    } finally {
      await as(admin).data(SETTINGS, { hours: 4 });
    }
  });

  it('notifies the auditor, the coordinator and the declarer, not a caseworker of another agency nor another municipality’s auditor; the coordinator gets a task', async () => {
    const caseId = await caseWithHealthSections();
    const declarer = await housingColleague();
    const demoAuditor = await s.app.login('auditor@sakura.example', DEMO_PASSWORD);
    const demoHousing = await s.app.login('housing@sakura.example', DEMO_PASSWORD);
    const after = await newestEvent();
    const [auditorEvents, coordinatorEvents, declarerEvents, outsiderEvents, demoAuditorEvents] = [auditor.token, coordinator.token, declarer.token, outsider.token, demoAuditor].map((token) =>
      s.app.ws(token).subscribe<AccessEvent>(EVENTS, { after }),
    );

    const access = await declare(declarer, caseId);
    const declared = (e: AccessEvent) => e.emergencyAccessEvents.type === 'DECLARED' && e.emergencyAccessEvents.emergencyAccess.id === access.id;
    for (const events of [auditorEvents, coordinatorEvents, declarerEvents]) await events?.waitFor(declared);

    // What the others would have got came before their own next event: they got none of it.
    const outsiderCase = await cases.openCase(coordinator.token);
    await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId: outsiderCase, agencyId: outsider.agencyId });
    const own = await declare(outsider, outsiderCase);
    await outsiderEvents?.waitFor((e) => e.emergencyAccessEvents.emergencyAccess.id === own.id);
    expect(outsiderEvents?.items.some(declared)).toBe(false);

    const [demoCase] = await s.app.dataSource.query<{ id: string }[]>(
      `SELECT tm.case_id AS id FROM case_team_members tm JOIN users u ON u.agency_id = tm.agency_id WHERE u.email = 'housing@sakura.example' LIMIT 1`,
    );
    const demoCaseId = demoCase?.id;
    if (!demoCaseId) throw new Error('The demo housing caseworker is on no case team');
    const demoAccess = (await as(demoHousing).data<{ declareEmergencyAccess: Access }>(DECLARE, { input: { ...input(housing, demoCaseId).input, password: DEMO_PASSWORD } })).declareEmergencyAccess;
    await demoAuditorEvents?.waitFor((e) => e.emergencyAccessEvents.emergencyAccess.id === demoAccess.id);
    expect(demoAuditorEvents?.items.some(declared)).toBe(false);

    // Ended and reviewed are told too.
    await as(declarer).data(END, { id: access.id });
    await as(auditor).data(REVIEW, { id: access.id, verdict: 'JUSTIFIED', note: '記録上、緊急性が認められる。' });
    await declarerEvents?.waitFor((e) => e.emergencyAccessEvents.type === 'ENDED' && e.emergencyAccessEvents.emergencyAccess.id === access.id);
    await coordinatorEvents?.waitFor((e) => e.emergencyAccessEvents.type === 'REVIEWED' && e.emergencyAccessEvents.emergencyAccess.review?.verdict === 'JUSTIFIED');

    const { myTasks } = await as(coordinator).data<{ myTasks: { title: string; dueAt: string; case: { id: string } }[] }>(MY_TASKS);
    expect(myTasks).toEqual(expect.arrayContaining([{ id: expect.any(String), title: '緊急時の閲覧の確認', dueAt: access.reviewDueAt, case: { id: caseId } }]));
  });
});
