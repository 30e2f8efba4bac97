import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, MovableClock, Operations, SUBJECT, useTestApp, type Staff } from '@renkei/testing';

/** The document as printed and exported for the person: everything but the officer's review list. */
const PERSON_DISCLOSURE = `query PersonDisclosure($caseId: ID!) {
  personDisclosure(caseId: $caseId) {
    caseId personName municipalityName producedAt
    team { agency { id name } role }
    consents { id recordedByAgency { id } method obtainedAt validUntil state revokedAt revocationReason provisions { effect recipient categories purposes } }
    provisions { providerAgency { id } recipientAgency { id } basis categories firstAt lastAt days }
    withheld { ground count }
    plan { id }
  }
}`;
const DISCLOSURE_RECORDS = `query DisclosureRecords($caseId: ID!) {
  personDisclosure(caseId: $caseId) { records { id caseId providedAt basis providerAgency { id } recipientAgency { id } withholding { ground decidedBy { id } decidedAt } } }
}`;
const PROVISION_RECORD_IDS = `query ProvisionRecordIds($caseId: ID!) {
  provisionRecords(caseId: $caseId) { id caseId providedAt basis providerAgency { id } recipientAgency { id } withholding { ground } }
}`;
const WITHHOLD = `mutation Withhold($id: ID!, $ground: DisclosureWithholdingGround!) {
  withholdFromDisclosure(provisionRecordId: $id, ground: $ground) { id caseId withholding { ground decidedBy { id } } }
}`;
const DRAFT_PLAN = `mutation($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { id } }`;
const RELEASE = `mutation Release($id: ID!) { releaseFromWithholding(provisionRecordId: $id) { id withholding { ground } } }`;

interface Disclosure {
  caseId: string;
  personName: string;
  municipalityName: string;
  team: { agency: { id: string; name: string }; role: string }[];
  consents: { id: string; state: string; revocationReason: string | null; provisions: { recipient: string; categories: string[] }[] }[];
  provisions: { providerAgency: { id: string }; recipientAgency: { id: string }; basis: string; categories: string[]; firstAt: string; lastAt: string; days: number }[];
  withheld: { ground: string; count: number }[];
  plan: { id: string } | null;
}
interface RecordRow {
  id: string;
  caseId: string;
  providedAt: string;
  basis: string;
  providerAgency: { id: string };
  recipientAgency: { id: string };
  withholding: { ground: string; decidedBy?: { id: string } } | null;
}

const DAY = 86_400_000;

describe('本人開示: the person’s own record', () => {
  const clock = new MovableClock();
  const s = useTestApp({ DEMO_DATA: 'true' }, clock);
  let coordinator: Staff;
  let health: Staff; // on the team: writes the HEALTH section
  let housing: Staff; // on the team: receives on consent
  let legal: Staff; // a 支援会議 member, not on the team
  let education: Staff; // on the other case only
  let auditor: Staff;
  let cases: CaseFixtures;
  let caseId: string;
  let otherCaseId: string;
  const consentIds: Record<'active' | 'expired' | 'revoked', string> = { active: '', expired: '', revoked: '' };

  const as = (staff: Staff | string) => s.app.http.as(typeof staff === 'string' ? staff : staff.token);
  const disclosure = async (caseIdToDisclose = caseId, who: Staff | string = auditor) =>
    (await as(who).data<{ personDisclosure: Disclosure }>(PERSON_DISCLOSURE, { caseId: caseIdToDisclose })).personDisclosure;
  const records = async (id = caseId) => (await as(auditor).data<{ provisionRecords: RecordRow[] }>(PROVISION_RECORD_IDS, { caseId: id })).provisionRecords;
  // The case record (the coordinator's BASIC data) and the summaries (health's HEALTH section).
  const readCase = async (staff: Staff, id = caseId) => {
    await as(staff).data(Operations.CASE, { id });
    await as(staff).data(Operations.CASE_WITH_SUMMARIES, { id });
  };

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    legal = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    education = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
    await as(await s.fixtures.admin()).data(Operations.SET_SUPPORT_MEETING_DAYS, { days: 7 });

    // The case: health writes, housing receives on the common consent form (two days of reads,
    // several reads a day), legal receives in a 支援会議.
    caseId = await cases.openCase(coordinator.token);
    for (const staff of [health, housing]) await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: staff.agencyId });
    await cases.writeSummary(health.token, caseId, [DataCategory.HEALTH]);
    consentIds.active = await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC, DataCategory.HEALTH] }] });
    consentIds.expired = await cases.recordConsent(coordinator.token, caseId, {
      validFrom: new Date(clock.now().getTime() - 30 * DAY),
      validUntil: new Date(clock.now().getTime() - DAY),
      provisions: [{ recipientSectors: [Sector.EMPLOYMENT], dataCategories: [DataCategory.FINANCES] }],
    });
    consentIds.revoked = await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientAgencyIds: [health.agencyId], dataCategories: [DataCategory.FAMILY] }] });
    await as(coordinator).data(Operations.REVOKE_CONSENT, { id: consentIds.revoked, reason: '本人の申出により撤回' });
    for (let read = 0; read < 3; read += 1) await readCase(housing);
    clock.advance(DAY);
    await readCase(housing);

    const { scheduleConference } = await as(coordinator).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'SUPPORT_MEETING', title: '支援会議 (虐待の疑い)', scheduledAt: clock.now().toISOString(), agencyIds: [coordinator.agencyId, health.agencyId, legal.agencyId], caseIds: [caseId] },
    });
    await as(legal).data(Operations.ACKNOWLEDGE, { id: scheduleConference.id });
    await as(coordinator).data(Operations.START_CONFERENCE, { id: scheduleConference.id });
    await as(legal).data(Operations.CONFERENCE_WITH_SUMMARIES, { id: scheduleConference.id });

    // Another case of the same coordinator, read by an agency that never touches the first.
    otherCaseId = await cases.openCase(coordinator.token);
    await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId: otherCaseId, agencyId: education.agencyId });
    await cases.recordConsent(coordinator.token, otherCaseId, { provisions: [{ recipientSectors: [Sector.EDUCATION], dataCategories: [DataCategory.BASIC] }] });
    await readCase(education, otherCaseId);
  });

  it('lists exactly the case’s provisions, repeats combined per provider, recipient and basis', async () => {
    const document = await disclosure();

    expect(document).toMatchObject({ caseId, personName: SUBJECT.fullName });
    const provisions = document.provisions.map((p) => ({ provider: p.providerAgency.id, recipient: p.recipientAgency.id, basis: p.basis, categories: p.categories, days: p.days }));
    expect(provisions).toEqual(
      expect.arrayContaining([
        { provider: coordinator.agencyId, recipient: housing.agencyId, basis: 'CONSENT', categories: [DataCategory.BASIC], days: 2 },
        { provider: health.agencyId, recipient: housing.agencyId, basis: 'CONSENT', categories: [DataCategory.HEALTH], days: 2 },
        { provider: health.agencyId, recipient: legal.agencyId, basis: 'SUPPORT_MEETING', categories: [DataCategory.HEALTH], days: 1 },
      ]),
    );
    // Every provision record of the case is in the document, once per provider, recipient and basis, and nothing else.
    const combined = (rows: { providerAgency: { id: string }; recipientAgency: { id: string }; basis: string }[]) => rows.map((r) => `${r.providerAgency.id}|${r.recipientAgency.id}|${r.basis}`);
    const fromRecords = new Set(combined(await records()));
    expect(combined(document.provisions).sort()).toEqual([...fromRecords].sort());
    expect(JSON.stringify(document)).not.toContain(education.agencyId);
    expect(document.withheld).toEqual([]);

    const other = await disclosure(otherCaseId);
    expect(other.provisions).toEqual([expect.objectContaining({ recipientAgency: { id: education.agencyId }, basis: 'CONSENT', days: 1 })]);
  });

  it('shows the team with each agency’s role and the consents with their state', async () => {
    const document = await disclosure();

    expect(document.team).toEqual(
      expect.arrayContaining([
        { agency: expect.objectContaining({ id: coordinator.agencyId }), role: '多機関協働事業者' },
        { agency: expect.objectContaining({ id: health.agencyId }), role: 'チーム' },
        { agency: expect.objectContaining({ id: housing.agencyId }), role: 'チーム' },
      ]),
    );
    expect(document.team).toHaveLength(3);
    const state = Object.fromEntries(document.consents.map((c) => [c.id, c.state]));
    expect(state).toEqual({ [consentIds.active]: 'ACTIVE', [consentIds.expired]: 'EXPIRED', [consentIds.revoked]: 'REVOKED' });
    const active = document.consents.find((c) => c.id === consentIds.active);
    expect(active?.provisions).toEqual([expect.objectContaining({ recipient: '居住支援の機関', categories: [DataCategory.BASIC, DataCategory.HEALTH] })]);
    expect(document.consents.find((c) => c.id === consentIds.revoked)?.revocationReason).toBe('本人の申出により撤回');
    expect(document.plan).toBeNull();
  });

  it('names the plan in force and its lead agency (主担当); the plan’s texts follow the one door for the viewer', async () => {
    const planCase = await cases.openCase(coordinator.token);
    await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId: planCase, agencyId: health.agencyId });
    const { draftPlan } = await as(coordinator).data<{ draftPlan: { id: string } }>(DRAFT_PLAN, {
      caseId: planCase,
      input: { personWishes: '家で暮らし続けたい。', policy: '通院の再開を支える。', goals: [{ term: 'SHORT', category: 'HEALTH', text: '月に一度通院する', roles: [{ agencyId: health.agencyId, action: '受診に同行', frequency: '月1回' }] }],
        participationReferral: false, outreach: false, leadAgencyId: health.agencyId },
    });
    // Approval is a 重層的支援会議's (approvePlan, tested with the plans); here the version is put in force directly.
    await s.app.dataSource.query(`UPDATE plans SET status = 'IN_PROGRESS' WHERE id = $1`, [draftPlan.id]);

    const { personDisclosure } = await as(auditor).data<{ personDisclosure: { team: Disclosure['team']; plan: { id: string; personWishes: { redacted: boolean; text: string | null } } } }>(
      `query($caseId: ID!) { personDisclosure(caseId: $caseId) { team { agency { id } role } plan { id personWishes { redacted text } } } }`,
      { caseId: planCase },
    );
    expect(personDisclosure.plan).toEqual({ id: draftPlan.id, personWishes: { redacted: true, text: null } });
    expect(personDisclosure.team).toEqual(
      expect.arrayContaining([
        { agency: { id: health.agencyId }, role: '主担当' },
        { agency: { id: coordinator.agencyId }, role: '多機関協働事業者' },
      ]),
    );
  });

  it('a withheld record appears only as a count with its ground; releasing it restores it', async () => {
    const meeting = (await records()).find((r) => r.basis === 'SUPPORT_MEETING');
    if (!meeting) throw new Error('the 支援会議 provision was not recorded');

    const { withholdFromDisclosure } = await as(auditor).data<{ withholdFromDisclosure: { id: string; caseId: string; withholding: { ground: string; decidedBy: { id: string } } } }>(WITHHOLD, {
      id: meeting.id,
      ground: 'IMPEDES_AFFAIRS',
    });
    expect(withholdFromDisclosure).toEqual({ id: meeting.id, caseId, withholding: { ground: 'IMPEDES_AFFAIRS', decidedBy: { id: auditor.id } } });

    const withheld = await disclosure();
    expect(withheld.withheld).toEqual([{ ground: 'IMPEDES_AFFAIRS', count: 1 }]);
    expect(withheld.provisions.some((p) => p.basis === 'SUPPORT_MEETING')).toBe(false);
    // Nothing of it anywhere in the document: not who received it, not when.
    const json = JSON.stringify(withheld);
    expect(json).not.toContain(legal.agencyId);
    expect(json).not.toContain(meeting.providedAt);
    expect(json).not.toContain('SUPPORT_MEETING');
    // The officer's review list still shows it, marked.
    const { personDisclosure } = await as(auditor).data<{ personDisclosure: { records: RecordRow[] } }>(DISCLOSURE_RECORDS, { caseId });
    expect(personDisclosure.records.find((r) => r.id === meeting.id)?.withholding).toMatchObject({ ground: 'IMPEDES_AFFAIRS', decidedBy: { id: auditor.id } });
    expect(personDisclosure.records.filter((r) => r.withholding)).toHaveLength(1);

    expect((await as(auditor).error(WITHHOLD, { id: meeting.id, ground: 'HARMS_PERSON' })).extensions?.code).toBe('CONFLICT');

    const { releaseFromWithholding } = await as(auditor).data<{ releaseFromWithholding: { id: string; withholding: null } }>(RELEASE, { id: meeting.id });
    expect(releaseFromWithholding).toEqual({ id: meeting.id, withholding: null });
    const restored = await disclosure();
    expect(restored.withheld).toEqual([]);
    expect(restored.provisions).toContainEqual(expect.objectContaining({ basis: 'SUPPORT_MEETING', recipientAgency: { id: legal.agencyId } }));
    expect((await as(auditor).error(RELEASE, { id: meeting.id })).extensions?.code).toBe('CONFLICT');
  });

  it('producing it, withholding and releasing are audited', async () => {
    await disclosure();
    const events = await as(auditor).data<{ auditEvents: { edges: { node: { action: string; actorId: string; caseId: string; details: string } }[] } }>(Operations.AUDIT_EVENTS, {
      filter: { caseId },
      first: 100,
    });
    const actions = events.auditEvents.edges.map((e) => e.node);
    const disclosed = actions.find((e) => e.action === 'case.disclosed');
    expect(disclosed).toMatchObject({ actorId: auditor.id, caseId });
    expect(JSON.parse(disclosed?.details ?? '{}')).toMatchObject({ provisions: expect.any(Number), withheld: expect.any(Number) });
    for (const action of ['disclosure.withheld', 'disclosure.released']) {
      expect(JSON.parse(actions.find((e) => e.action === action)?.details ?? '{}')).toMatchObject({ ground: 'IMPEDES_AFFAIRS' });
    }
  });

  it('only ADMIN and AUDITOR produce it; only AUDITOR withholds; other municipalities and unknown cases are NOT_FOUND', async () => {
    const admin = await s.fixtures.admin();
    expect((await disclosure(caseId, admin)).caseId).toBe(caseId);
    for (const staff of [coordinator, housing]) {
      expect((await as(staff).error(PERSON_DISCLOSURE, { caseId })).extensions?.code).toBe('FORBIDDEN');
    }
    const [record] = await records();
    if (!record) throw new Error('no provision record');
    for (const who of [admin, coordinator.token]) {
      expect((await as(who).error(WITHHOLD, { id: record.id, ground: 'HARMS_PERSON' })).extensions?.code).toBe('FORBIDDEN');
    }

    const sakuraAuditor = await s.app.login('auditor@sakura.example', DEMO_PASSWORD);
    const hidden = await as(sakuraAuditor).error(PERSON_DISCLOSURE, { caseId });
    const missing = await as(auditor).error(PERSON_DISCLOSURE, { caseId: '00000000-0000-4000-8000-000000000000' });
    expect(hidden.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.message).toBe(missing.message);
    expect((await as(sakuraAuditor).error(WITHHOLD, { id: record.id, ground: 'HARMS_PERSON' })).extensions?.code).toBe('NOT_FOUND');
  });
});
