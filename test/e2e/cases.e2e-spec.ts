import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, SUBJECT, useTestApp, type Staff } from '@renkei/testing';

interface CaseView {
  id: string;
  status: string;
  version: number;
  intakeNote: string | null;
  team: { id: string; sector: string }[];
}

describe('cases: opening, intake, team and life cycle', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff;
  let legal: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    legal = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    cases = new CaseFixtures(s.app);
  });

  const view = async (token: string, id: string) => s.app.http.as(token).request<{ case: CaseView }>(Operations.CASE, { id });

  it('the coordinator opens a case in ASSESSMENT with their agency on the team', async () => {
    const { openCase } = await s.app.http.as(coordinator.token).data<{ openCase: CaseView & { subject: typeof SUBJECT } }>(Operations.OPEN_CASE, {
      input: { title: '8050: 高齢の親と長期ひきこもりの子', subject: SUBJECT, needs: ['HOUSING', 'FINANCES'] },
    });
    expect(openCase).toMatchObject({ status: 'ASSESSMENT', subject: SUBJECT, team: [{ id: coordinator.agencyId }] });
  });

  describe('intake at any counter (断らない相談支援), in the two variants of the municipal form', () => {
    const INTAKE_VIEW = `query($id: ID!) { case(id: $id) { id status needs recordRedacted recordBasis recordingAgency { id } subject { fullName } intakeNote } }`;
    const intake = (consentToConnect: Record<string, unknown>) =>
      s.app.http.as(legal.token).data<{ registerIntake: CaseView }>(Operations.REGISTER_INTAKE, {
        input: { subject: { ...SUBJECT, fullName: '佐藤 花子', fullNameKana: 'さとう はなこ' }, needs: ['LEGAL'], note: '家賃滞納で相談に来所', consentToConnect },
      });

    it('本人同意あり: the coordinator receives the intake in full, on the basis of the consent to connect', async () => {
      const { registerIntake } = await intake({ given: true, method: 'WRITTEN' });
      expect(registerIntake).toMatchObject({ status: 'INTAKE', title: '受付 Intake', intakeNote: '家賃滞納で相談に来所', team: [{ id: legal.agencyId }] });
      const { cases: page } = await s.app.http.as(coordinator.token).data<{ cases: { edges: { node: { id: string } }[] } }>(Operations.CASES, { status: 'INTAKE' });
      expect(page.edges.map((e) => e.node.id)).toContain(registerIntake.id);
      const seen = await s.app.http.as(coordinator.token).data<{ case: Record<string, unknown> }>(INTAKE_VIEW, { id: registerIntake.id });
      expect(seen.case).toMatchObject({ recordRedacted: false, recordBasis: 'CONSENT', subject: { fullName: '佐藤 花子' }, intakeNote: '家賃滞納で相談に来所' });
      const consents = await s.app.http.as(coordinator.token).data<{ consents: { state: string; method: string }[] }>(Operations.CONSENTS, { caseId: registerIntake.id });
      expect(consents.consents).toEqual([expect.objectContaining({ state: 'ACTIVE', method: 'WRITTEN' })]);
    });

    it('本人同意なし: the coordinator learns that an intake exists, where, and its needs — not who the person is or what they said', async () => {
      const { registerIntake } = await intake({ given: false });
      const seen = await s.app.http.as(coordinator.token).request<{ case: Record<string, unknown> }>(INTAKE_VIEW, { id: registerIntake.id });
      expect(seen.data?.case).toEqual({ id: registerIntake.id, status: 'INTAKE', needs: ['LEGAL'], recordRedacted: true, recordBasis: null, recordingAgency: { id: legal.agencyId }, subject: null, intakeNote: null });
      expect(seen.raw).not.toContain('佐藤');
      expect(seen.raw).not.toContain('家賃滞納');
    });

    it('consent given needs its method', async () => {
      const refused = await s.app.http.as(legal.token).error(Operations.REGISTER_INTAKE, {
        input: { subject: SUBJECT, needs: [], note: 'x', consentToConnect: { given: true } },
      });
      expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('a caseworker sees a case only while their agency is on its team, exactly like a missing case otherwise', async () => {
    const id = await cases.openCase(coordinator.token);
    const missing = await view(housing.token, '00000000-0000-4000-8000-000000000000');
    const hidden = await view(housing.token, id);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(hidden.data).toEqual(missing.data);

    const added = await s.app.http.as(coordinator.token).data<{ addCaseTeamMember: { version: number; team: { id: string }[] } }>(Operations.ADD_TEAM_MEMBER, { caseId: id, agencyId: housing.agencyId });
    expect(added.addCaseTeamMember.team.map((a) => a.id)).toEqual([coordinator.agencyId, housing.agencyId]);
    expect((await view(housing.token, id)).data?.case.id).toBe(id);

    await s.app.http.as(coordinator.token).data(Operations.REMOVE_TEAM_MEMBER, { caseId: id, agencyId: housing.agencyId });
    expect((await view(housing.token, id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists only visible cases, filtered and counted in SQL, across pages without gaps or repeats', async () => {
    const mine = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await cases.openCase(coordinator.token);
      if (i % 2 === 0) await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId: id, agencyId: mine.agencyId });
      ids.push(id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } =
        await s.app.http.as(mine.token).data(Operations.CASES, { first: 2, after });
      expect(result.cases.totalCount).toBe(3);
      seen.push(...result.cases.edges.map((e) => e.node.id));
      after = result.cases.pageInfo.hasNextPage ? result.cases.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(2);
    expect(new Set(seen)).toEqual(new Set([ids[0], ids[2], ids[4]]));
    expect(seen).toHaveLength(3);
  });

  it('refuses a forged cursor with BAD_USER_INPUT', async () => {
    for (const after of ['garbage', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('[1]').toString('base64url')]) {
      expect((await s.app.http.as(coordinator.token).error(Operations.CASES, { after })).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('moves by hand only along the hand steps; a step the support plan takes or an illegal one is a CONFLICT and changes nothing', async () => {
    const id = await cases.openCase(coordinator.token);
    const change = (status: string) => s.app.http.as(coordinator.token).request<{ changeCaseStatus: { status: string } }>(Operations.CHANGE_CASE_STATUS, { caseId: id, status, note: `→ ${status}` });
    const nextStatuses = async () => (await s.app.http.as(coordinator.token).data<{ case: { nextStatuses: string[] } }>(`query($id: ID!) { case(id: $id) { nextStatuses } }`, { id })).case.nextStatuses;
    expect(await nextStatuses()).toEqual(['CLOSED']);
    for (const status of ['PLANNING', 'IN_SUPPORT', 'WATCHING', 'INTAKE']) {
      const refused = await change(status);
      expect({ status, code: refused.errors?.[0]?.extensions?.code }).toEqual({ status, code: 'CONFLICT' });
    }
    // Drafting a plan moves the case to PLANNING: the message says so.
    expect((await change('PLANNING')).errors?.[0]?.message).toMatch(/support plan/);
    expect((await view(coordinator.token, id)).data?.case.status).toBe('ASSESSMENT');
    expect((await change('CLOSED')).data?.changeCaseStatus.status).toBe('CLOSED');
    expect(await nextStatuses()).toEqual(['ASSESSMENT']);
    expect((await change('ASSESSMENT')).data?.changeCaseStatus.status).toBe('ASSESSMENT');
  });

  it('concurrent status changes lose no update: the history is one unbroken chain of legal steps', async () => {
    const id = await cases.openCase(coordinator.token);
    const results = await Promise.all(
      ['CLOSED', 'ASSESSMENT', 'PLANNING', 'CLOSED', 'ASSESSMENT', 'CLOSED'].map((status) =>
        s.app.http.as(coordinator.token).request<{ changeCaseStatus: { status: string } }>(Operations.CHANGE_CASE_STATUS, { caseId: id, status }),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toBe(true);

    const history = await s.app.dataSource.query<{ from_status: string; to_status: string }[]>('SELECT from_status, to_status FROM case_status_changes WHERE case_id = $1', [id]);
    expect(history).toHaveLength(succeeded.length);
    // From ASSESSMENT the only hand steps here are closing and reopening: an unbroken chain
    // alternates them, so two writers that both closed from the same state would show.
    const closes = history.filter((h) => h.from_status === 'ASSESSMENT' && h.to_status === 'CLOSED').length;
    const reopens = history.filter((h) => h.from_status === 'CLOSED' && h.to_status === 'ASSESSMENT').length;
    expect(closes + reopens).toBe(history.length);
    const final = (await view(coordinator.token, id)).data?.case.status;
    expect(closes - reopens).toBe(final === 'CLOSED' ? 1 : 0);
  });

  it('caseworkers may not open cases, change the team or the status', async () => {
    const id = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId: id, agencyId: housing.agencyId });
    const as = s.app.http.as(housing.token);
    expect((await as.error(Operations.OPEN_CASE, { input: { title: 'x', subject: SUBJECT } })).extensions?.code).toBe('FORBIDDEN');
    expect((await as.error(Operations.ADD_TEAM_MEMBER, { caseId: id, agencyId: legal.agencyId })).extensions?.code).toBe('FORBIDDEN');
    expect((await as.error(Operations.CHANGE_CASE_STATUS, { caseId: id, status: 'CLOSED' })).extensions?.code).toBe('FORBIDDEN');
  });

  it.each([Role.ADMIN, Role.AUDITOR])('a %s sees no case content', async (role) => {
    const id = await cases.openCase(coordinator.token);
    const other = await s.fixtures.staff([role]);
    expect((await view(other.token, id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await s.app.http.as(other.token).data<{ cases: { totalCount: number } }>(Operations.CASES)).cases.totalCount).toBe(0);
  });

  it.each([
    ['kana written in kanji', { ...SUBJECT, fullNameKana: '山田' }, 'fullNameKana'],
    ['a birth date in the future', { ...SUBJECT, birthDate: '2999-01-01' }, 'birthDate'],
    ['an impossible date', { ...SUBJECT, birthDate: '1970-02-30' }, 'birthDate'],
    ['an empty name', { ...SUBJECT, fullName: ' ' }, 'fullName'],
  ])('refuses a subject with %s', async (_case, subject, field) => {
    const error = await s.app.http.as(coordinator.token).error(Operations.OPEN_CASE, { input: { title: 'x', subject } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(field);
  });
});
