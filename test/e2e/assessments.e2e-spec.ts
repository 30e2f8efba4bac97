import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, countStatements, Operations, useTestApp, type Staff } from '@renkei/testing';

const TEXT = 'category text redacted basis';
const ASSESSMENT_FIELDS = `id caseId number writtenAt urgency unknownDomains agency { id }
  domains { ${TEXT} } household { ${TEXT} } strengths { ${TEXT} } personWords { ${TEXT} } professionalView { ${TEXT} }`;
const SAVE_ASSESSMENT = `mutation SaveAssessment($caseId: ID!, $input: AssessmentInput!) { saveAssessment(caseId: $caseId, input: $input) { ${ASSESSMENT_FIELDS} } }`;
const CASE_ASSESSMENTS = `query CaseAssessments($id: ID!) { case(id: $id) { id assessment { ${ASSESSMENT_FIELDS} } assessments { ${ASSESSMENT_FIELDS} } } }`;
const CASES_ASSESSMENTS = `query CasesAssessments($first: Int) { cases(first: $first) { edges { node { id assessment { ${ASSESSMENT_FIELDS} } assessments { number } } } } }`;

interface Text {
  category: string;
  text: string | null;
  redacted: boolean;
  basis: string | null;
}
interface Assessment {
  id: string;
  caseId: string;
  number: number;
  writtenAt: string;
  urgency: string;
  unknownDomains: string[];
  agency: { id: string };
  domains: Text[];
  household: Text | null;
  strengths: Text | null;
  personWords: Text | null;
  professionalView: Text | null;
}
interface ProvisionRecord {
  categories: string[];
  basis: string;
  consentId: string | null;
  providerAgency: { id: string };
  recipientAgency: { id: string };
  recipientUser: { id: string } | null;
}

const own = (category: string, text: string): Text => ({ category, text, redacted: false, basis: 'OWN_AGENCY' });
const redacted = (category: string): Text => ({ category, text: null, redacted: true, basis: null });

describe('the assessment (アセスメント): versions, validation, who writes it, who sees which domain', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff;
  let auditor: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
  });

  async function caseWithHousing(): Promise<string> {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: housing.agencyId });
    return caseId;
  }

  const input = (overrides: Record<string, unknown> = {}) => ({
    urgency: 'HIGH',
    unknownDomains: ['EMPLOYMENT'],
    domains: [
      { category: 'FINANCES', text: '家賃 3か月滞納、消費者金融からの借入あり' },
      { category: 'HEALTH', text: '糖尿病で通院中断' },
    ],
    household: '高齢の母と二人暮らし',
    strengths: '料理が得意',
    personWords: '家を追い出されたくない',
    professionalView: '家計と健康の両面から早期の支援が必要',
    ...overrides,
  });

  async function save(token: string, caseId: string, values: Record<string, unknown>): Promise<Assessment> {
    return (await s.app.http.as(token).data<{ saveAssessment: Assessment }>(SAVE_ASSESSMENT, { caseId, input: values })).saveAssessment;
  }

  async function readAs(reader: Staff, caseId: string): Promise<{ assessment: Assessment | null; assessments: Assessment[] }> {
    return (await s.app.http.as(reader.token).data<{ case: { assessment: Assessment | null; assessments: Assessment[] } }>(CASE_ASSESSMENTS, { id: caseId })).case;
  }

  async function provisionRecords(caseId: string): Promise<ProvisionRecord[]> {
    return (await s.app.http.as(auditor.token).data<{ provisionRecords: ProvisionRecord[] }>(Operations.PROVISION_RECORDS, { caseId })).provisionRecords;
  }

  it('appends versions 1, 2 …: the case’s assessment is the newest, all versions newest first, each kept whole', async () => {
    const caseId = await caseWithHousing();
    expect(await readAs(coordinator, caseId)).toMatchObject({ assessment: null, assessments: [] });

    const first = await save(coordinator.token, caseId, input({ domains: [{ category: 'HOUSING', text: '立ち退きを求められている' }], strengths: '' }));
    expect(first).toMatchObject({
      caseId,
      number: 1,
      urgency: 'HIGH',
      unknownDomains: ['EMPLOYMENT'],
      agency: { id: coordinator.agencyId },
      domains: [own('HOUSING', '立ち退きを求められている')],
      household: own('FAMILY', '高齢の母と二人暮らし'),
      // A blank field is not written: null, not redacted.
      strengths: null,
      personWords: own('BASIC', '家を追い出されたくない'),
    });
    const second = await save(coordinator.token, caseId, input({ urgency: 'CRISIS', unknownDomains: [] }));
    expect(second).toMatchObject({ number: 2, urgency: 'CRISIS', unknownDomains: [], domains: [own('HEALTH', '糖尿病で通院中断'), own('FINANCES', '家賃 3か月滞納、消費者金融からの借入あり')] });

    const { assessment, assessments } = await readAs(coordinator, caseId);
    expect(assessment).toEqual(second);
    expect(assessments).toEqual([second, first]);
    expect(Date.parse(second.writtenAt)).toBeGreaterThanOrEqual(Date.parse(first.writtenAt));
  });

  it('numbers concurrent saves one after the other', async () => {
    const caseId = await caseWithHousing();
    const saved = await Promise.all([1, 2, 3, 4].map(() => save(coordinator.token, caseId, input())));
    expect(saved.map((a) => a.number).sort()).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['a domain twice', { domains: [{ category: 'HEALTH', text: 'a' }, { category: 'HEALTH', text: 'b' }], unknownDomains: [] }, 'domains.1.category'],
    ['a domain also marked unknown', { domains: [{ category: 'EMPLOYMENT', text: '求職中' }], unknownDomains: ['EMPLOYMENT'] }, 'domains.0.category'],
    ['a domain text over 4,000 characters', { domains: [{ category: 'HEALTH', text: 'あ'.repeat(4001) }] }, 'domains.0.text'],
    ['a household text over 4,000 characters', { household: 'あ'.repeat(4001) }, 'household'],
  ])('refuses an assessment with %s (BAD_USER_INPUT naming the field)', async (_case, overrides, field) => {
    const caseId = await caseWithHousing();
    const error = await s.app.http.as(coordinator.token).error(SAVE_ASSESSMENT, { caseId, input: input(overrides) });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['violations']).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect((await readAs(coordinator, caseId)).assessments).toEqual([]);
  });

  it('only the coordinator writes it: a team caseworker gets FORBIDDEN, an agency outside the team NOT_FOUND', async () => {
    const caseId = await caseWithHousing();
    const outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    expect((await s.app.http.as(housing.token).error(SAVE_ASSESSMENT, { caseId, input: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await s.app.http.as(outsider.token).error(SAVE_ASSESSMENT, { caseId, input: input() })).extensions?.code).toBe('NOT_FOUND');
    expect((await s.app.http.as(outsider.token).error(SAVE_ASSESSMENT, { caseId: 'not-a-case', input: input() })).extensions?.code).toBe('NOT_FOUND');
  });

  it('another agency sees a domain only where consent permits its category; what it is shown is a recorded provision, the coordinator’s own reading is not', async () => {
    const caseId = await caseWithHousing();
    await save(coordinator.token, caseId, input());
    const { assessment: ownView } = await readAs(coordinator, caseId);
    expect(ownView?.domains).toEqual([own('HEALTH', '糖尿病で通院中断'), own('FINANCES', '家賃 3か月滞納、消費者金融からの借入あり')]);
    expect(await provisionRecords(caseId)).toEqual([]);

    // Without consent: every text exists but is withheld; the rest of the assessment shows with the case.
    const before = await readAs(housing, caseId);
    expect(before.assessment).toMatchObject({
      number: 1,
      urgency: 'HIGH',
      unknownDomains: ['EMPLOYMENT'],
      domains: [redacted('HEALTH'), redacted('FINANCES')],
      household: redacted('FAMILY'),
      personWords: redacted('BASIC'),
    });
    expect(await provisionRecords(caseId)).toEqual([]);

    // The common consent form (the coordinator's and every team agency's data): HEALTH to housing.
    const consentId = await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientAgencyIds: [housing.agencyId], dataCategories: [DataCategory.HEALTH] }] });
    const after = await readAs(housing, caseId);
    expect(after.assessment).toMatchObject({
      domains: [{ category: 'HEALTH', text: '糖尿病で通院中断', redacted: false, basis: 'CONSENT' }, redacted('FINANCES')],
      household: redacted('FAMILY'),
      strengths: redacted('BASIC'),
    });
    expect(after.assessments.map((a) => a.domains)).toEqual([after.assessment?.domains]);

    expect(await provisionRecords(caseId)).toEqual([
      expect.objectContaining({ categories: ['HEALTH'], basis: 'CONSENT', consentId, providerAgency: { id: coordinator.agencyId }, recipientAgency: { id: housing.agencyId }, recipientUser: { id: housing.id } }),
    ]);
  });
  it('reads the assessments of a list of cases in one batch, each decided and its provision recorded for its own case', async () => {
    const consented = await caseWithHousing();
    const withheld = await caseWithHousing();
    const twice = await caseWithHousing();
    for (const caseId of [consented, withheld, twice]) await save(coordinator.token, caseId, input());
    await save(coordinator.token, twice, input({ urgency: 'LOW' }));
    await cases.recordConsent(coordinator.token, consented, { provisions: [{ recipientAgencyIds: [housing.agencyId], dataCategories: [DataCategory.HEALTH] }] });

    type Listed = { id: string; assessment: Assessment | null; assessments: { number: number }[] };
    let listed: Listed[] = [];
    const statements = await countStatements(s.app, async () => {
      listed = (await s.app.http.as(housing.token).data<{ cases: { edges: { node: Listed }[] } }>(CASES_ASSESSMENTS, { first: 50 })).cases.edges.map((edge) => edge.node);
    });
    expect(listed.length).toBeGreaterThanOrEqual(3);
    // Identity, count, cases; the newest versions and all versions, each with their texts and
    // the provisions appended; the agencies they name: one statement each, however many cases.
    expect(statements).toHaveLength(10);
    const seen = (caseId: string) => listed.find((found) => found.id === caseId);
    expect(seen(consented)?.assessment?.domains).toEqual([{ category: 'HEALTH', text: '糖尿病で通院中断', redacted: false, basis: 'CONSENT' }, redacted('FINANCES')]);
    expect(seen(withheld)?.assessment?.domains).toEqual([redacted('HEALTH'), redacted('FINANCES')]);
    expect(seen(twice)).toMatchObject({ assessment: { number: 2, urgency: 'LOW' }, assessments: [{ number: 2 }, { number: 1 }] });
    expect(await provisionRecords(consented)).not.toEqual([]);
    expect(await provisionRecords(withheld)).toEqual([]);
  });
});
