import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, countStatements, Operations, SUBJECT, useTestApp, type Staff } from '@renkei/testing';

const TEXT = 'category text redacted basis';
const PLAN = `id caseId number version status agency { id } leadAgency { id }
  personWishes { ${TEXT} } familyWishes { ${TEXT} } policy { ${TEXT} }
  goals { id term category targetDate text { ${TEXT} } roles { id agency { id } action { ${TEXT} } frequency taskId } achievement evaluationNote { ${TEXT} } }
  participationReferral outreach nextReviewOn agreement { method obtainedAt } approval { conferenceId } evaluation { decision } createdAt updatedAt`;
const DRAFT_PLAN = `mutation($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { ${PLAN} } }`;
const UPDATE_PLAN = `mutation($id: ID!, $input: PlanInput!, $expectedVersion: Int!) { updatePlan(id: $id, input: $input, expectedVersion: $expectedVersion) { ${PLAN} } }`;
const RECORD_AGREEMENT = `mutation($id: ID!, $input: PlanAgreementInput!) { recordPlanAgreement(id: $id, input: $input) { ${PLAN} } }`;
const CASE_PLANS = `query($id: ID!) { case(id: $id) { id status plan { id } plans { ${PLAN} } } }`;
const CASES_PLANS = `query($first: Int) { cases(first: $first) { edges { node { id plan { id policy { ${TEXT} } } plans { id personWishes { ${TEXT} } } } } } }`;

interface Text {
  category: string;
  text: string | null;
  redacted: boolean;
  basis: string | null;
}
interface Plan {
  id: string;
  number: number;
  version: number;
  status: string;
  agency: { id: string };
  leadAgency: { id: string } | null;
  personWishes: Text | null;
  familyWishes: Text | null;
  policy: Text | null;
  goals: { id: string; term: string; category: string; targetDate: string | null; text: Text; roles: { agency: { id: string }; action: Text; frequency: string; taskId: string | null }[] }[];
  agreement: { method: string; obtainedAt: string } | null;
  approval: unknown;
  evaluation: unknown;
}

describe('the support plan (支援プラン): drafting, editing, the person’s agreement, and who sees what', () => {
  // The demo municipality is a second tenant, with a coordinator of its own.
  const s = useTestApp({ DEMO_DATA: 'true' });
  let coordinator: Staff;
  let housing: Staff;
  let health: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    cases = new CaseFixtures(s.app);
  });

  // Two goals, three roles: housing (HOUSING) by the housing office, health (HEALTH) by the health office.
  const input = (overrides: Record<string, unknown> = {}) => ({
    personWishes: '家を失いたくない。息子と一緒に暮らしたい。',
    familyWishes: '母の体が心配。',
    policy: '住まいの安定を最優先に、通院の再開を支える。',
    goals: [
      {
        term: 'SHORT',
        category: 'HOUSING',
        text: '家賃の滞納を解消する',
        targetDate: '2027-03-31',
        roles: [
          { agencyId: housing.agencyId, action: '家賃の分割払いを大家と調整', frequency: '月1回' },
          { agencyId: coordinator.agencyId, action: '家計の見直しに同行', frequency: '2週に1回' },
        ],
      },
      { term: 'LONG', category: 'HEALTH', text: '定期的に通院する', roles: [{ agencyId: health.agencyId, action: '受診に同行', frequency: '月2回' }] },
    ],
    participationReferral: true,
    outreach: false,
    leadAgencyId: housing.agencyId,
    nextReviewOn: '2027-01-15',
    ...overrides,
  });

  async function caseOnTeam(): Promise<string> {
    const caseId = await cases.openCase(coordinator.token);
    for (const member of [housing, health]) await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
    return caseId;
  }

  const draft = async (caseId: string, overrides: Record<string, unknown> = {}) =>
    (await s.app.http.as(coordinator.token).data<{ draftPlan: Plan }>(DRAFT_PLAN, { caseId, input: input(overrides) })).draftPlan;
  const plansSeenBy = async (reader: Staff, caseId: string) =>
    (await s.app.http.as(reader.token).data<{ case: { status: string; plan: { id: string } | null; plans: Plan[] } }>(CASE_PLANS, { id: caseId })).case;

  it('the coordinator drafts version 1 as written; the case moves to PLANNING; the draft is no plan in force yet', async () => {
    const caseId = await caseOnTeam();
    const plan = await draft(caseId);
    const own = (category: string, text: string) => ({ category, text, redacted: false, basis: 'OWN_AGENCY' });
    expect(plan).toMatchObject({
      number: 1,
      version: 1,
      status: 'DRAFT',
      agency: { id: coordinator.agencyId },
      leadAgency: { id: housing.agencyId },
      personWishes: own('BASIC', '家を失いたくない。息子と一緒に暮らしたい。'),
      familyWishes: own('FAMILY', '母の体が心配。'),
      policy: own('BASIC', '住まいの安定を最優先に、通院の再開を支える。'),
      goals: [
        {
          term: 'SHORT',
          category: 'HOUSING',
          targetDate: '2027-03-31',
          text: own('HOUSING', '家賃の滞納を解消する'),
          roles: [
            { agency: { id: housing.agencyId }, action: own('HOUSING', '家賃の分割払いを大家と調整'), frequency: '月1回', taskId: null },
            { agency: { id: coordinator.agencyId }, action: own('HOUSING', '家計の見直しに同行'), frequency: '2週に1回', taskId: null },
          ],
          achievement: null,
          evaluationNote: null,
        },
        { term: 'LONG', category: 'HEALTH', targetDate: null, text: own('HEALTH', '定期的に通院する'), roles: [{ agency: { id: health.agencyId }, frequency: '月2回' }] },
      ],
      participationReferral: true,
      outreach: false,
      nextReviewOn: '2027-01-15',
      agreement: null,
      approval: null,
      evaluation: null,
    });
    const seen = await plansSeenBy(coordinator, caseId);
    expect(seen).toMatchObject({ status: 'PLANNING', plan: null, plans: [{ id: plan.id, status: 'DRAFT' }] });
  });

  it('a blank optional text is not stored: null, not redacted', async () => {
    const caseId = await caseOnTeam();
    const plan = await draft(caseId, { familyWishes: '   ', policy: null, leadAgencyId: null, nextReviewOn: null });
    expect(plan).toMatchObject({ familyWishes: null, policy: null, leadAgency: null });
    expect(plan.personWishes?.text).toBe('家を失いたくない。息子と一緒に暮らしたい。');
  });

  it('refuses a second draft while one is in the making, and a case in INTAKE or CLOSED', async () => {
    const caseId = await caseOnTeam();
    await draft(caseId);
    const second = await s.app.http.as(coordinator.token).error(DRAFT_PLAN, { caseId, input: input() });
    expect(second.extensions?.code).toBe('CONFLICT');

    const { registerIntake } = await s.app.http.as(housing.token).data<{ registerIntake: { id: string } }>(Operations.REGISTER_INTAKE, {
      input: { subject: SUBJECT, needs: ['HOUSING'], note: '家賃滞納で相談に来所', consentToConnect: { given: true, method: 'ORAL' } },
    });
    expect((await s.app.http.as(coordinator.token).error(DRAFT_PLAN, { caseId: registerIntake.id, input: input() })).extensions?.code).toBe('CONFLICT');

    const closed = await caseOnTeam();
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId: closed, status: 'CLOSED' });
    expect((await s.app.http.as(coordinator.token).error(DRAFT_PLAN, { caseId: closed, input: input() })).extensions?.code).toBe('CONFLICT');
    expect((await plansSeenBy(coordinator, closed)).plans).toEqual([]);
  });

  it('two drafts at once: one wins, the other is a CONFLICT', async () => {
    const caseId = await caseOnTeam();
    const results = await Promise.all([0, 1].map(() => s.app.http.as(coordinator.token).request<{ draftPlan: Plan }>(DRAFT_PLAN, { caseId, input: input() })));
    expect(results.filter((r) => r.data?.draftPlan).length).toBe(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect((await plansSeenBy(coordinator, caseId)).plans).toHaveLength(1);
  });

  it('updates a draft with the version last read; a stale version is a CONFLICT and changes nothing', async () => {
    const caseId = await caseOnTeam();
    const plan = await draft(caseId);
    const { updatePlan } = await s.app.http.as(coordinator.token).data<{ updatePlan: Plan }>(UPDATE_PLAN, {
      id: plan.id,
      expectedVersion: 1,
      input: input({ policy: '方針を改めた', goals: [{ term: 'SHORT', category: 'FINANCES', text: '家計を立て直す', roles: [] }], leadAgencyId: null }),
    });
    expect(updatePlan).toMatchObject({ id: plan.id, number: 1, version: 2, status: 'DRAFT', policy: { text: '方針を改めた' }, leadAgency: null, goals: [{ category: 'FINANCES', text: { text: '家計を立て直す' }, roles: [] }] });

    const stale = await s.app.http.as(coordinator.token).error(UPDATE_PLAN, { id: plan.id, expectedVersion: 1, input: input() });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect((await plansSeenBy(coordinator, caseId)).plans).toMatchObject([{ version: 2, policy: { text: '方針を改めた' }, goals: [{ category: 'FINANCES' }] }]);
  });

  it('validates the input and names each wrong field by its path', async () => {
    const caseId = await caseOnTeam();
    const refused = async (overrides: Record<string, unknown>) => s.app.http.as(coordinator.token).error(DRAFT_PLAN, { caseId, input: input(overrides) });
    const goal = { term: 'SHORT', category: 'HOUSING', text: '目標', roles: [] };
    const role = { agencyId: housing.agencyId, action: '役割', frequency: '週1回' };
    const wrong: [Record<string, unknown>, string][] = [
      [{ goals: [] }, 'goals'],
      [{ goals: Array.from({ length: 21 }, () => goal) }, 'goals'],
      [{ goals: [{ ...goal, roles: Array.from({ length: 11 }, () => role) }] }, 'goals.0.roles'],
      [{ policy: 'x'.repeat(4001) }, 'policy'],
      [{ goals: [{ ...goal, text: ' ' }] }, 'goals.0.text'],
      [{ goals: [goal, { ...goal, roles: [{ ...role, frequency: 'x'.repeat(101) }] }] }, 'goals.1.roles.0.frequency'],
      [{ goals: [goal, { ...goal, roles: [role, { ...role, agencyId: '00000000-0000-4000-8000-000000000000' }] }] }, 'goals.1.roles.1.agencyId'],
      [{ leadAgencyId: '00000000-0000-4000-8000-000000000000' }, 'leadAgencyId'],
    ];
    for (const [overrides, field] of wrong) {
      const error = await refused(overrides);
      expect({ field, code: error.extensions?.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
      expect(error.message).toContain(`${field}:`);
    }
    // A date that is no calendar date never reaches the service.
    expect((await refused({ nextReviewOn: '2027-02-30' })).extensions?.code).toBe('BAD_USER_INPUT');
    // An agency of another municipality is no agency of this one.
    const foreign = await s.app.login('coordinator@sakura.example', DEMO_PASSWORD);
    const { me } = await s.app.http.as(foreign).data<{ me: { agency: { id: string } } }>(`{ me { agency { id } } }`);
    const error = await refused({ goals: [{ ...goal, roles: [{ ...role, agencyId: me.agency.id }] }] });
    expect(error.message).toContain('goals.0.roles.0.agencyId:');
    expect((await plansSeenBy(coordinator, caseId)).plans).toEqual([]);
  });

  it('records the person’s agreement (how, when); not one from the future', async () => {
    const caseId = await caseOnTeam();
    const plan = await draft(caseId);
    const obtainedAt = new Date(Date.now() - 3_600_000).toISOString();
    const { recordPlanAgreement } = await s.app.http.as(coordinator.token).data<{ recordPlanAgreement: Plan }>(RECORD_AGREEMENT, { id: plan.id, input: { method: 'WRITTEN', obtainedAt } });
    expect(recordPlanAgreement).toMatchObject({ status: 'DRAFT', version: 2, agreement: { method: 'WRITTEN', obtainedAt } });
    const future = await s.app.http.as(coordinator.token).error(RECORD_AGREEMENT, { id: plan.id, input: { method: 'ORAL', obtainedAt: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(future.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.message).toContain('obtainedAt');
  });

  it('shows a team caseworker only the texts a basis allows: redacted without consent, their categories with it; provisions recorded', async () => {
    const caseId = await caseOnTeam();
    await draft(caseId);
    const [withoutConsent] = (await plansSeenBy(housing, caseId)).plans;
    const texts = (plan: Plan | undefined) => [plan?.personWishes, plan?.familyWishes, plan?.policy, ...(plan?.goals ?? []).flatMap((g) => [g.text, ...g.roles.map((r) => r.action)])];
    expect(texts(withoutConsent).every((t) => t?.redacted === true && t.text === null && t.basis === null)).toBe(true);
    // Structure is no one's secret: goals, roles, agencies and frequencies show.
    expect(withoutConsent?.goals.map((g) => g.roles.map((r) => r.frequency))).toEqual([['月1回', '2週に1回'], ['月2回']]);

    await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC, DataCategory.HOUSING] }] });
    const [withConsent] = (await plansSeenBy(housing, caseId)).plans;
    expect(withConsent?.personWishes).toEqual({ category: 'BASIC', text: '家を失いたくない。息子と一緒に暮らしたい。', redacted: false, basis: 'CONSENT' });
    expect(withConsent?.policy?.redacted).toBe(false);
    expect(withConsent?.familyWishes).toEqual({ category: 'FAMILY', text: null, redacted: true, basis: null });
    expect(withConsent?.goals[0]?.text.text).toBe('家賃の滞納を解消する');
    expect(withConsent?.goals[0]?.roles.map((r) => r.action.text)).toEqual(['家賃の分割払いを大家と調整', '家計の見直しに同行']);
    expect(withConsent?.goals[1]?.text).toEqual({ category: 'HEALTH', text: null, redacted: true, basis: null });

    const auditor = await s.fixtures.staff([Role.AUDITOR]);
    const page = await s.app.http
      .as(auditor.token)
      .data<{ auditEvents: { edges: { node: { action: string; categories: string[]; providerAgencyId: string; recipientAgencyId: string } }[] } }>(Operations.AUDIT_EVENTS, { filter: { caseId, action: 'case.plan_provided' }, first: 10 });
    const provisions = page.auditEvents.edges.map((e) => e.node);
    expect(provisions).toHaveLength(1);
    expect(provisions[0]).toMatchObject({ providerAgencyId: coordinator.agencyId, recipientAgencyId: housing.agencyId });
    expect([...(provisions[0]?.categories ?? [])].sort()).toEqual(['BASIC', 'HOUSING']);
  });

  it('a list of cases reads every case’s plans and plan in force in one batch, each decided and its provision recorded for its own case', async () => {
    const consented = await caseOnTeam();
    const withheld = await caseOnTeam();
    for (const caseId of [consented, withheld]) {
      const plan = await draft(caseId);
      await s.app.dataSource.query(`UPDATE plans SET status = 'IN_PROGRESS' WHERE id = $1`, [plan.id]);
    }
    await cases.recordConsent(coordinator.token, consented, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC] }] });

    type Listed = { id: string; plan: { id: string; policy: Text | null } | null; plans: { id: string; personWishes: Text | null }[] };
    let listed: Listed[] = [];
    const statements = await countStatements(s.app, async () => {
      listed = (await s.app.http.as(housing.token).data<{ cases: { edges: { node: Listed }[] } }>(CASES_PLANS, { first: 50 })).cases.edges.map((edge) => edge.node);
    });
    expect(listed.filter((found) => found.plans.length > 0).length).toBeGreaterThan(2);
    // Identity, count, cases; for the plans in force their heads, plans, texts and role tasks;
    // for every version the plans, texts and role tasks: one statement each, however many cases
    // are listed (besides the provisions appended, grouped as they come).
    expect(statements.filter((sql) => !sql.startsWith('INSERT INTO audit_appends'))).toHaveLength(10);
    const seen = (caseId: string) => listed.find((found) => found.id === caseId);
    expect(seen(consented)?.plan?.policy).toMatchObject({ text: '住まいの安定を最優先に、通院の再開を支える。', basis: 'CONSENT' });
    expect(seen(consented)?.plans[0]?.personWishes).toMatchObject({ text: '家を失いたくない。息子と一緒に暮らしたい。', basis: 'CONSENT' });
    expect(seen(withheld)?.plan?.policy).toMatchObject({ text: null, redacted: true });
    expect(seen(withheld)?.plans[0]?.personWishes).toMatchObject({ text: null, redacted: true });

    const auditor = await s.fixtures.staff([Role.AUDITOR]);
    const provided = async (caseId: string) =>
      (await s.app.http.as(auditor.token).data<{ auditEvents: { edges: { node: { recipientAgencyId: string } }[] } }>(Operations.AUDIT_EVENTS, { filter: { caseId, action: 'case.plan_provided' }, first: 10 })).auditEvents.edges.filter(
        (edge) => edge.node.recipientAgencyId === housing.agencyId,
      );
    expect(await provided(consented)).not.toEqual([]);
    expect(await provided(withheld)).toEqual([]);
  });

  it('audits drafting, editing and the agreement with the case', async () => {
    const caseId = await caseOnTeam();
    const plan = await draft(caseId);
    await s.app.http.as(coordinator.token).data(UPDATE_PLAN, { id: plan.id, expectedVersion: 1, input: input() });
    await s.app.http.as(coordinator.token).data(RECORD_AGREEMENT, { id: plan.id, input: { method: 'ORAL', obtainedAt: new Date(Date.now() - 60_000).toISOString() } });
    const auditor = await s.fixtures.staff([Role.AUDITOR]);
    const page = await s.app.http.as(auditor.token).data<{ auditEvents: { edges: { node: { action: string } }[] } }>(Operations.AUDIT_EVENTS, { filter: { caseId }, first: 100 });
    const actions = page.auditEvents.edges.map((e) => e.node.action).reverse();
    expect(actions.filter((a) => a.startsWith('plan.'))).toEqual(['plan.drafted', 'plan.updated', 'plan.agreement_recorded']);
    expect(actions).toContain('case.status_changed');
  });

  it('a caseworker cannot draft, edit or record an agreement (FORBIDDEN); another municipality’s coordinator finds nothing (NOT_FOUND)', async () => {
    const caseId = await caseOnTeam();
    const plan = await draft(caseId);
    const as = s.app.http.as(housing.token);
    expect((await as.error(DRAFT_PLAN, { caseId, input: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await as.error(UPDATE_PLAN, { id: plan.id, expectedVersion: 1, input: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await as.error(RECORD_AGREEMENT, { id: plan.id, input: { method: 'ORAL', obtainedAt: new Date().toISOString() } })).extensions?.code).toBe('FORBIDDEN');

    const outsider = s.app.http.as(await s.app.login('coordinator@sakura.example', DEMO_PASSWORD));
    expect((await outsider.error(DRAFT_PLAN, { caseId, input: input() })).extensions?.code).toBe('NOT_FOUND');
    expect((await outsider.error(UPDATE_PLAN, { id: plan.id, expectedVersion: 1, input: input() })).extensions?.code).toBe('NOT_FOUND');
    expect((await outsider.error(RECORD_AGREEMENT, { id: plan.id, input: { method: 'ORAL', obtainedAt: new Date().toISOString() } })).extensions?.code).toBe('NOT_FOUND');
    expect((await outsider.error(CASE_PLANS, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
    expect((await plansSeenBy(coordinator, caseId)).plans).toMatchObject([{ version: 1 }]);
  });

  it('Case.plans lists every version newest first; Case.plan is the newest approved one', async () => {
    const caseId = await caseOnTeam();
    const first = await draft(caseId);
    // Approval is the conference's (approvePlan); here the first version is put in force directly.
    await s.app.dataSource.query(`UPDATE plans SET status = 'IN_PROGRESS' WHERE id = $1`, [first.id]);
    const second = await draft(caseId, { policy: '第2版の方針' });
    const seen = await plansSeenBy(coordinator, caseId);
    expect(seen.plans.map((p) => [p.number, p.status])).toEqual([
      [2, 'DRAFT'],
      [1, 'IN_PROGRESS'],
    ]);
    expect(seen.plans[0]?.id).toBe(second.id);
    expect(seen.plan).toEqual({ id: first.id });
    // Only a draft is edited: an approved version is never overwritten.
    expect((await s.app.http.as(coordinator.token).error(UPDATE_PLAN, { id: first.id, expectedVersion: 1, input: input() })).extensions?.code).toBe('CONFLICT');
  });
});
