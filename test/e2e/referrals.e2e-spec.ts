import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { TaskReminders } from '@renkei/tasks';
import { CaseFixtures, countStatements, MovableClock, Operations, useTestApp, type Collected, type Staff } from '@renkei/testing';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const REFERRAL = `id caseId status endReason redacted basis note sharedWithHost followUpAt hostFollowUpAt planId planRoleId startedAt version
  agency { id } referredBy { id } resource { id name } history { status endReason note at }`;
const REFER = `mutation Refer($input: ReferToResourceInput!) { referToResource(input: $input) { ${REFERRAL} } }`;
const UPDATE = `mutation Update($id: ID!, $status: ReferralStatus!, $expectedVersion: Int!, $note: String, $endReason: ReferralEndReason,
  $followUpAt: DateTime, $hostFollowUpAt: DateTime, $sharedWithHost: String) {
  updateReferral(id: $id, status: $status, expectedVersion: $expectedVersion, note: $note, endReason: $endReason,
    followUpAt: $followUpAt, hostFollowUpAt: $hostFollowUpAt, sharedWithHost: $sharedWithHost) { ${REFERRAL} } }`;
const CASE_REFERRALS = `query CaseReferrals($id: ID!) { case(id: $id) { id referrals { ${REFERRAL} } } }`;
const CASES_REFERRALS = `query CasesReferrals($first: Int) { cases(first: $first) { edges { node { id referrals { ${REFERRAL} } } } } }`;
const INTRODUCTION = `query Introduction($id: ID!) { referralIntroduction(id: $id) { referralId resource { id name } agencyName referredByName sharedWithHost issuedAt } }`;
const CREATE_RESOURCE = `mutation($input: ResourceInput!) { createResource(input: $input) { id name } }`;
const SET_RESOURCE_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setResourceActive(id: $id, active: $active) { id active } }`;
const MY_TASKS = `query { myTasks { id title status dueAt } }`;
const DRAFT_PLAN = `mutation Draft($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { id goals { roles { id } } } }`;

interface Referral {
  id: string;
  caseId: string;
  status: string;
  endReason: string | null;
  redacted: boolean;
  basis: string | null;
  note: string | null;
  sharedWithHost: string | null;
  followUpAt: string | null;
  hostFollowUpAt: string | null;
  startedAt: string | null;
  planId: string | null;
  planRoleId: string | null;
  version: number;
  agency: { id: string };
  referredBy: { id: string } | null;
  resource: { id: string; name: string } | null;
  history: { status: string; endReason: string | null; note: string | null; at: string }[];
}
interface TaskEvent {
  taskEvents: { id: string; type: string; task: { taskId: string; title: string; status: string } };
}
interface Violation {
  field: string;
  message: string;
}

describe('referrals to local resources (参加支援のつなぎ)', () => {
  const clock = new MovableClock();
  // The demo municipality is a second tenant, with users and resources of its own.
  const s = useTestApp({ DEMO_DATA: 'true' }, clock);
  let coordinator: Staff;
  let housing: Staff; // on the team: refers
  let housingColleague: Staff; // same agency
  let health: Staff; // on the team, another agency
  let outsider: Staff; // not on the team
  let auditor: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    housingColleague = await s.fixtures.staff([Role.CASEWORKER], { agencyId: housing.agencyId });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
  });

  const as = (staff: Staff | string) => s.app.http.as(typeof staff === 'string' ? staff : staff.token);
  const later = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();

  async function newCase(): Promise<string> {
    const caseId = await cases.openCase(coordinator.token);
    for (const member of [housing, health]) await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
    return caseId;
  }
  async function newResource(): Promise<{ id: string; name: string }> {
    const name = `子ども食堂 ${randomBytes(3).toString('hex')}`;
    const input = {
      name,
      nameKana: 'コドモショクドウ',
      organizationName: 'NPO法人 さくら',
      description: '地域のボランティアが夕食を用意します。',
      targets: ['CHILDREN'],
      forms: ['MEALS'],
      area: '中央地区',
      address: '桜市本町2-3-1',
      schedules: [{ dayOfWeek: 'WEDNESDAY', opensAt: '17:00', closesAt: '19:30' }],
      cost: '無料',
      accessibility: '段差なし',
      languages: ['ja'],
    };
    return (await as(coordinator).data<{ createResource: { id: string; name: string } }>(CREATE_RESOURCE, { input })).createResource;
  }
  async function refer(staff: Staff, input: Record<string, unknown>): Promise<Referral> {
    return (await as(staff).data<{ referToResource: Referral }>(REFER, { input: { note: '', ...input } })).referToResource;
  }
  async function update(staff: Staff, referral: Pick<Referral, 'id' | 'version'>, status: string, extra: Record<string, unknown> = {}): Promise<Referral> {
    return (await as(staff).data<{ updateReferral: Referral }>(UPDATE, { id: referral.id, expectedVersion: referral.version, status, ...extra })).updateReferral;
  }
  async function refused(staff: Staff, referral: Pick<Referral, 'id' | 'version'>, status: string, extra: Record<string, unknown> = {}): Promise<{ code: unknown; violations: Violation[] }> {
    const error = await as(staff).error(UPDATE, { id: referral.id, expectedVersion: referral.version, status, ...extra });
    return { code: error.extensions?.['code'], violations: (error.extensions?.['violations'] ?? []) as Violation[] };
  }
  async function referralsSeenBy(staff: Staff, caseId: string): Promise<Referral[]> {
    return (await as(staff).data<{ case: { referrals: Referral[] } }>(CASE_REFERRALS, { id: caseId })).case.referrals;
  }
  async function taskStatus(id: string): Promise<string> {
    return (await as(coordinator).data<{ task: { status: string } }>(Operations.TASK, { id })).task.status;
  }
  async function openTaskDue(staff: Staff, dueAt: string): Promise<{ id: string; title: string }> {
    const task = (await as(staff).data<{ myTasks: { id: string; title: string; dueAt: string | null }[] }>(MY_TASKS)).myTasks.find((t) => t.dueAt === dueAt);
    if (!task) throw new Error(`No open task due ${dueAt}`);
    return task;
  }

  it('walks the agreed steps, and refuses every other step as BAD_USER_INPUT naming both states', async () => {
    const caseId = await newCase();
    const resource = await newResource();
    let referral = await refer(housing, { caseId, resourceId: resource.id, note: '夕食の場で人と話す機会を' });
    expect(referral).toMatchObject({ caseId, status: 'PROPOSED', version: 1, redacted: false, basis: 'OWN_AGENCY', note: '夕食の場で人と話す機会を', sharedWithHost: null, startedAt: null });
    expect(referral.resource).toEqual(resource);
    expect(referral.agency).toEqual({ id: housing.agencyId });
    expect(referral.referredBy).toEqual({ id: housing.id });

    const skipped = await refused(housing, referral, 'STARTED');
    expect(skipped).toEqual({ code: 'BAD_USER_INPUT', violations: [{ field: 'status', message: '「提案」から「参加開始」へは進められません' }] });
    expect((await refused(housing, referral, 'AGREED', { endReason: 'GOAL_REACHED' })).violations.map((v) => v.field)).toEqual(['endReason']);

    referral = await update(housing, referral, 'AGREED', { sharedWithHost: '食物アレルギー（えび）', note: '本人が見学を希望' });
    expect(referral).toMatchObject({ status: 'AGREED', version: 2, sharedWithHost: '食物アレルギー（えび）' });
    // A colleague of the referring agency carries it on.
    referral = await update(housingColleague, referral, 'INTRODUCED');
    expect((await refused(housing, referral, 'STARTED', { sharedWithHost: '変更' })).violations.map((v) => v.field)).toEqual(['sharedWithHost']);
    referral = await update(housing, referral, 'STARTED');
    expect(referral.startedAt).not.toBeNull();
    expect(await refused(housing, referral, 'AGREED')).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'status', message: '「参加開始」から「本人同意」へは進められません' }] });
    expect((await refused(housing, referral, 'ENDED')).violations.map((v) => v.field)).toEqual(['endReason']);
    const startedAt = referral.startedAt;
    referral = await update(housing, referral, 'CONTINUING', { note: '毎週参加している' });
    referral = await update(housing, referral, 'CONTINUING', { note: '友人ができた' });
    expect(referral).toMatchObject({ status: 'CONTINUING', version: 6, startedAt });
    expect((await refused(housing, referral, 'ENDED', { endReason: 'OTHER' })).violations.map((v) => v.field)).toEqual(['note']);
    referral = await update(housing, referral, 'ENDED', { endReason: 'OTHER', note: '本人が就労を始めたため' });
    expect(referral).toMatchObject({ status: 'ENDED', endReason: 'OTHER', version: 7 });
    for (const next of ['CONTINUING', 'STARTED', 'DECLINED']) expect((await refused(housing, referral, next, { endReason: 'OTHER', note: 'x' })).violations.map((v) => v.field)).toContain('status');

    expect(referral.history.map((step) => [step.status, step.note])).toEqual([
      ['PROPOSED', '夕食の場で人と話す機会を'],
      ['AGREED', '本人が見学を希望'],
      ['INTRODUCED', null],
      ['STARTED', null],
      ['CONTINUING', '毎週参加している'],
      ['CONTINUING', '友人ができた'],
      ['ENDED', '本人が就労を始めたため'],
    ]);

    // Declined: final as well.
    let declined = await refer(housing, { caseId, resourceId: resource.id });
    expect((await refused(housing, declined, 'DECLINED')).violations.map((v) => v.field)).toEqual(['endReason']);
    declined = await update(housing, declined, 'DECLINED', { endReason: 'PERSON_WITHDREW' });
    expect(declined).toMatchObject({ status: 'DECLINED', endReason: 'PERSON_WITHDREW' });
    expect((await refused(housing, declined, 'AGREED')).violations.map((v) => v.field)).toEqual(['status']);
    // Newest first on the case.
    expect((await referralsSeenBy(housing, caseId)).map((r) => r.id)).toEqual([declined.id, referral.id]);
  });

  it('refuses a stale version as a CONFLICT', async () => {
    const referral = await refer(housing, { caseId: await newCase(), resourceId: (await newResource()).id });
    await update(housing, referral, 'AGREED');
    expect((await refused(housingColleague, referral, 'AGREED')).code).toBe('CONFLICT');
  });

  it('checks what a referral names: the municipality’s active resources, future follow-ups, a role of the case’s plan, a case not closed', async () => {
    const caseId = await newCase();
    const suspended = await newResource();
    await as(coordinator).data(SET_RESOURCE_ACTIVE, { id: suspended.id, active: false });
    const [demoResource] = await s.app.dataSource.query<{ id: string }[]>(`SELECT r.id FROM resources r JOIN municipalities m ON m.id = r.municipality_id WHERE m.name <> 'Testville' LIMIT 1`);
    for (const [input, field] of [
      [{ resourceId: suspended.id }, 'resourceId'],
      [{ resourceId: demoResource?.id }, 'resourceId'],
      [{ resourceId: (await newResource()).id, followUpAt: later(-HOUR) }, 'followUpAt'],
      [{ resourceId: (await newResource()).id, hostFollowUpAt: later(-HOUR) }, 'hostFollowUpAt'],
      [{ resourceId: (await newResource()).id, planRoleId: '00000000-0000-4000-8000-000000000000' }, 'planRoleId'],
    ] as const) {
      const error = await as(housing).error(REFER, { input: { caseId, note: '', ...input } });
      expect([error.extensions?.['code'], ((error.extensions?.['violations'] ?? []) as Violation[]).map((v) => v.field)]).toEqual(['BAD_USER_INPUT', [field]]);
    }
    // Support has ended (終結): nobody is linked to a resource from a closed case.
    await as(coordinator).data(Operations.CHANGE_CASE_STATUS, { caseId, status: 'CLOSED' });
    const closed = await as(coordinator).error(REFER, { input: { caseId, note: '', resourceId: (await newResource()).id } });
    expect([closed.extensions?.['code'], ((closed.extensions?.['violations'] ?? []) as Violation[]).map((v) => v.field)]).toEqual(['BAD_USER_INPUT', ['caseId']]);
  });

  it('plans a referral from a role (役割分担) of the case’s plan, not of another case’s', async () => {
    const planned = async (caseId: string): Promise<{ id: string; roleId: string }> => {
      const input = {
        participationReferral: true,
        outreach: false,
        goals: [{ term: 'SHORT', category: DataCategory.PARTICIPATION, text: '週に一度は外に出る', roles: [{ agencyId: housing.agencyId, action: '居場所につなぐ', frequency: '月1回' }] }],
      };
      const { draftPlan } = await as(coordinator).data<{ draftPlan: { id: string; goals: { roles: { id: string }[] }[] } }>(DRAFT_PLAN, { caseId, input });
      return { id: draftPlan.id, roleId: draftPlan.goals[0]?.roles[0]?.id ?? '' };
    };
    const caseId = await newCase();
    const plan = await planned(caseId);
    const other = await planned(await newCase());
    const resourceId = (await newResource()).id;
    expect(await refer(housing, { caseId, resourceId, planRoleId: plan.roleId })).toMatchObject({ planId: plan.id, planRoleId: plan.roleId });
    const error = await as(housing).error(REFER, { input: { caseId, resourceId, note: '', planRoleId: other.roleId } });
    expect(((error.extensions?.['violations'] ?? []) as Violation[]).map((v) => v.field)).toEqual(['planRoleId']);
  });

  it('shows another agency the content only on a basis, and records the provision', async () => {
    const caseId = await newCase();
    const resource = await newResource();
    const referral = await refer(housing, { caseId, resourceId: resource.id, note: '就労の前に居場所を', sharedWithHost: '人混みが苦手' });

    const [withheld] = await referralsSeenBy(health, caseId);
    expect(withheld).toMatchObject({ id: referral.id, status: 'PROPOSED', redacted: true, basis: null, resource: null, note: null, sharedWithHost: null, agency: { id: housing.agencyId } });
    expect(withheld?.history).toEqual([expect.objectContaining({ status: 'PROPOSED', note: null })]);
    const provided = async () =>
      (await as(auditor).data<{ provisionRecords: { categories: string[]; basis: string; providerAgency: { id: string }; recipientUser: { id: string } | null }[] }>(Operations.PROVISION_RECORDS, { caseId })).provisionRecords.filter(
        (record) => record.recipientUser?.id === health.id && record.categories.includes(DataCategory.PARTICIPATION),
      );
    expect(await provided()).toEqual([]);

    await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientAgencyIds: [health.agencyId], dataCategories: [DataCategory.PARTICIPATION] }] });
    const [shown] = await referralsSeenBy(health, caseId);
    expect(shown).toMatchObject({ redacted: false, basis: 'CONSENT', resource, note: '就労の前に居場所を', sharedWithHost: '人混みが苦手' });
    expect(shown?.history).toEqual([expect.objectContaining({ status: 'PROPOSED', note: '就労の前に居場所を' })]);
    expect(await provided()).toEqual([expect.objectContaining({ basis: 'CONSENT', categories: [DataCategory.PARTICIPATION], providerAgency: { id: housing.agencyId } })]);
    // The referring agency's own data is no provision.
    expect((await referralsSeenBy(housingColleague, caseId))[0]).toMatchObject({ basis: 'OWN_AGENCY', redacted: false });
  });

  it('reads the referrals of a list of cases in one batch, each decided and its provision recorded for its own case', async () => {
    const consented = await newCase();
    const withheld = await newCase();
    const resource = await newResource();
    for (const caseId of [consented, withheld]) await refer(housing, { caseId, resourceId: resource.id, note: '一覧で読む' });
    await cases.recordConsent(coordinator.token, consented, { provisions: [{ recipientAgencyIds: [health.agencyId], dataCategories: [DataCategory.PARTICIPATION] }] });

    let listed: { id: string; referrals: Referral[] }[] = [];
    const statementsToList = (first: number) =>
      countStatements(s.app, async () => {
        listed = (await as(health).data<{ cases: { edges: { node: { id: string; referrals: Referral[] } }[] } }>(CASES_REFERRALS, { first })).cases.edges.map((edge) => edge.node);
      });
    const statements = await statementsToList(50);
    expect(listed.length).toBeGreaterThan(2);
    // Identity, count, cases, every case's referrals, the provisions appended, and the agencies,
    // users and resources they name: one statement each, however many cases are listed.
    expect(statements).toHaveLength(8);
    const seen = (caseId: string) => listed.find((found) => found.id === caseId)?.referrals;
    expect(seen(consented)).toEqual([expect.objectContaining({ caseId: consented, redacted: false, basis: 'CONSENT', note: '一覧で読む' })]);
    expect(seen(withheld)).toEqual([expect.objectContaining({ caseId: withheld, redacted: true, basis: null, note: null })]);
    const provided = async (caseId: string) =>
      (await as(auditor).data<{ provisionRecords: { categories: string[]; recipientUser: { id: string } | null }[] }>(Operations.PROVISION_RECORDS, { caseId })).provisionRecords.filter(
        (record) => record.recipientUser?.id === health.id && record.categories.includes(DataCategory.PARTICIPATION),
      );
    expect(await provided(consented)).not.toEqual([]);
    expect(await provided(withheld)).toEqual([]);
  });

  it('issues the introduction from AGREED on with only what the person agreed to share, audited', async () => {
    const caseId = await newCase();
    const resource = await newResource();
    let referral = await refer(housing, { caseId, resourceId: resource.id, note: '家族との関係に悩んでいる（受入先には伝えない）' });
    expect((await as(housing).error(INTRODUCTION, { id: referral.id })).extensions?.['code']).toBe('CONFLICT');
    referral = await update(housing, referral, 'AGREED');
    const blank = (await as(housing).data<{ referralIntroduction: { sharedWithHost: string } }>(INTRODUCTION, { id: referral.id })).referralIntroduction;
    expect(blank.sharedWithHost).toBe('');

    const withSharing = await refer(housing, { caseId, resourceId: resource.id, note: '家族との関係に悩んでいる', sharedWithHost: '火曜の夕方なら参加しやすい' });
    await update(housing, withSharing, 'AGREED');
    const { referralIntroduction } = await as(housingColleague).data<{ referralIntroduction: Record<string, unknown> }>(INTRODUCTION, { id: withSharing.id });
    expect(referralIntroduction).toMatchObject({ referralId: withSharing.id, resource, referredByName: 'Test Staff', sharedWithHost: '火曜の夕方なら参加しやすい' });
    expect(JSON.stringify(referralIntroduction)).not.toContain('家族');
    // Only those who may update it: another agency's caseworker may not.
    expect((await as(health).error(INTRODUCTION, { id: withSharing.id })).extensions?.['code']).toBe('FORBIDDEN');

    const { auditEvents } = await as(auditor).data<{ auditEvents: { edges: { node: { action: string; actorId: string; details: string } }[] } }>(Operations.AUDIT_EVENTS, {
      filter: { caseId, action: 'referral.introduction_issued' },
      first: 10,
    });
    expect(auditEvents.edges.map((e) => [e.node.actorId, (JSON.parse(e.node.details) as { referralId: string }).referralId])).toEqual(expect.arrayContaining([[housingColleague.id, withSharing.id], [housing.id, referral.id]]));
  });

  it('replaces a follow-up task by a new date, and completes the open ones when it ENDS', async () => {
    const caseId = await newCase();
    const followUpAt = later(10 * DAY);
    const hostFollowUpAt = later(12 * DAY);
    let referral = await refer(housing, { caseId, resourceId: (await newResource()).id, followUpAt, hostFollowUpAt });
    expect(referral).toMatchObject({ followUpAt, hostFollowUpAt });
    const person = await openTaskDue(housing, followUpAt);
    const host = await openTaskDue(housing, hostFollowUpAt);
    expect([person.title, host.title]).toEqual(['参加支援のフォローアップ（本人）', '参加支援のフォローアップ（受入先）']);

    const nextFollowUp = later(14 * DAY);
    referral = await update(housing, referral, 'AGREED', { followUpAt: nextFollowUp });
    expect(referral.followUpAt).toBe(nextFollowUp);
    expect(await taskStatus(person.id)).toBe('COMPLETED');
    const replacement = await openTaskDue(housing, nextFollowUp);

    referral = await update(housing, referral, 'INTRODUCED');
    referral = await update(housing, referral, 'STARTED');
    expect((await refused(housing, referral, 'ENDED', { endReason: 'GOAL_REACHED', followUpAt: later(20 * DAY) })).violations.map((v) => v.field)).toEqual(['followUpAt']);
    referral = await update(housing, referral, 'ENDED', { endReason: 'GOAL_REACHED' });
    expect(referral).toMatchObject({ followUpAt: null, hostFollowUpAt: null });
    expect([await taskStatus(replacement.id), await taskStatus(host.id)]).toEqual(['COMPLETED', 'COMPLETED']);
  });

  it('refuses callers who may not: NOT_FOUND off the case or in another municipality, FORBIDDEN on the case without the ability', async () => {
    const caseId = await newCase();
    const resource = await newResource();
    const referral = await refer(housing, { caseId, resourceId: resource.id });
    const demoHousing = await s.app.login('housing@sakura.example', DEMO_PASSWORD);
    for (const caller of [outsider.token, demoHousing]) {
      expect((await as(caller).error(REFER, { input: { caseId, resourceId: resource.id, note: '' } })).extensions?.['code']).toBe('NOT_FOUND');
      expect((await as(caller).error(UPDATE, { id: referral.id, status: 'AGREED', expectedVersion: 1 })).extensions?.['code']).toBe('NOT_FOUND');
      expect((await as(caller).error(INTRODUCTION, { id: referral.id })).extensions?.['code']).toBe('NOT_FOUND');
    }
    // On the team, another agency: may refer, may not carry another agency's referral on.
    expect((await refused(health, referral, 'AGREED')).code).toBe('FORBIDDEN');
    // A coordinator may.
    expect((await update(coordinator, referral, 'AGREED')).status).toBe('AGREED');
  });

  it('the demo story holds referrals at each stage, seen by its referring caseworker', async () => {
    const demoHousing = await s.app.login('housing@sakura.example', DEMO_PASSWORD);
    const [demoCase] = await s.app.dataSource.query<{ id: string }[]>(`SELECT c.id FROM cases c WHERE c.subject_full_name = '小林 正子'`);
    const referrals = (await as(demoHousing).data<{ case: { referrals: Referral[] } }>(CASE_REFERRALS, { id: demoCase?.id })).case.referrals;
    expect(referrals.map((r) => [r.status, r.basis]).sort()).toEqual([
      ['CONTINUING', null],
      ['STARTED', 'OWN_AGENCY'],
    ]);
  });

  it('sends the follow-up task’s DUE_SOON once when the clock reaches it', async () => {
    const caseId = await newCase();
    const followUpAt = later(3 * DAY);
    const after = (await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM task_events'))[0]?.id ?? '0';
    const mine: Collected<TaskEvent> = s.app.ws(housing.token).subscribe<TaskEvent>(Operations.TASK_EVENTS, { after });
    await refer(housing, { caseId, resourceId: (await newResource()).id, followUpAt, hostFollowUpAt: later(6 * DAY) });
    const task = await openTaskDue(housing, followUpAt);
    await mine.waitFor((e) => e.taskEvents.task.taskId === task.id && e.taskEvents.type === 'ASSIGNED');

    clock.advance(3 * DAY - 2 * HOUR);
    try {
      const reminders = s.app.app.get(TaskReminders);
      await Promise.all([reminders.tick(), reminders.tick(), reminders.tick()]);
      await mine.waitFor((e) => e.taskEvents.task.taskId === task.id && e.taskEvents.type === 'DUE_SOON');
      await reminders.tick();
      // A sentinel after the last tick: events arrive in order, so everything before it has arrived.
      const sentinelDue = later(30 * DAY);
      await refer(housing, { caseId, resourceId: (await newResource()).id, followUpAt: sentinelDue });
      const sentinel = await openTaskDue(housing, sentinelDue);
      await mine.waitFor((e) => e.taskEvents.task.taskId === sentinel.id && e.taskEvents.type === 'ASSIGNED', 30_000);
      const reminded = mine.items.filter((e) => e.taskEvents.type === 'DUE_SOON' || e.taskEvents.type === 'OVERDUE');
      expect(reminded.map((e) => [e.taskEvents.task.taskId, e.taskEvents.type, e.taskEvents.task.title])).toEqual([[task.id, 'DUE_SOON', '参加支援のフォローアップ（本人）']]);
    } finally {
      clock.advance(-(3 * DAY - 2 * HOUR));
    }
  });
});
