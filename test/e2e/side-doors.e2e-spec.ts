import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, MovableClock, Operations, SUBJECT, useTestApp, type Staff } from '@renkei/testing';

/**
 * The side doors a black-box review found open (issue 10): nested fields that reached a case
 * without asking the access layer, task actions any team member could take, and provision
 * records written for data a write never returned. Each test failed before the fix.
 */

const DAY = 86_400_000;
const AGENDA_CASE = `query AgendaCase($id: ID!) { conference(id: $id) { agenda { caseId case { id title subject { fullName birthDate address } intakeNote } } } }`;
const OPEN_ACTION_ITEMS = `query Open($id: ID!) { conference(id: $id) { openActionItems { id title description comments { text } case { id } } } }`;

describe('side doors to a person’s data', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  let coordinator: Staff;
  let member: Staff; // convened to meetings; never on the case team
  let health: Staff;
  let housing: Staff;
  let auditor: Staff;
  let cases: CaseFixtures;
  const as = (staff: Staff) => s.app.http.as(staff.token);

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    member = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
    await as(await adminStaff()).data(Operations.SET_SUPPORT_MEETING_DAYS, { days: 7 });
  });

  async function adminStaff(): Promise<Staff> {
    return { id: '', email: '', password: '', agencyId: '', token: await s.fixtures.admin() };
  }

  // A case with the health centre and the housing agency on its team, and (unless told not to)
  // the health centre's HEALTH section.
  async function healthAndHousingCase(withHealthSection = true): Promise<string> {
    const caseId = await cases.openCase(coordinator.token);
    for (const agency of [health, housing]) await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: agency.agencyId });
    if (withHealthSection) await cases.writeSummary(health.token, caseId, [DataCategory.HEALTH]);
    return caseId;
  }

  async function meeting(kind: 'SUPPORT_MEETING' | 'MULTI_AGENCY_MEETING', caseId: string, members: Staff[], state: 'scheduled' | 'started' | 'ended' | 'cancelled'): Promise<string> {
    const { scheduleConference } = await as(coordinator).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind, title: `${kind} ${state}`, scheduledAt: clock.now().toISOString(), agencyIds: members.map((m) => m.agencyId), caseIds: [caseId] },
    });
    const id = scheduleConference.id;
    for (const who of [coordinator, ...members]) await as(who).data(Operations.ACKNOWLEDGE, { id });
    if (state === 'started' || state === 'ended') await as(coordinator).data(Operations.START_CONFERENCE, { id });
    if (state === 'ended') await as(coordinator).data(Operations.END_CONFERENCE, { id });
    if (state === 'cancelled') await as(coordinator).data(Operations.CANCEL_CONFERENCE, { id, reason: 'side doors' });
    return id;
  }

  describe('1. Conference.agenda.case answers exactly as case(id) does', () => {
    it.each([
      ['a 重層的支援会議 without consent', 'MULTI_AGENCY_MEETING', 'started'],
      ['a cancelled 支援会議', 'SUPPORT_MEETING', 'cancelled'],
      ['a 支援会議 not yet started', 'SUPPORT_MEETING', 'scheduled'],
    ] as const)('%s: the acknowledged member gets no case, and case(id) is NOT_FOUND', async (_label, kind, state) => {
      const caseId = await cases.openCase(coordinator.token);
      const id = await meeting(kind, caseId, [member], state);
      const agenda = await as(member).request(AGENDA_CASE, { id });
      expect(agenda.raw).not.toContain(SUBJECT.fullName);
      expect(agenda.raw).not.toContain(SUBJECT.address);
      expect((await as(member).error(Operations.CASE, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
    });

    it('after the 支援会議’s period the member loses the case on both paths', async () => {
      const caseId = await cases.openCase(coordinator.token);
      const id = await meeting('SUPPORT_MEETING', caseId, [member], 'ended');
      clock.advance(8 * DAY);
      try {
        expect((await as(member).request(AGENDA_CASE, { id })).raw).not.toContain(SUBJECT.fullName);
        expect((await as(member).error(Operations.CASE, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
      } finally {
        clock.advance(-8 * DAY);
      }
    });

    it('while the 支援会議 basis holds, both paths open the case, and each read is a provision naming the meeting', async () => {
      const caseId = await cases.openCase(coordinator.token);
      const id = await meeting('SUPPORT_MEETING', caseId, [member], 'started');
      const agenda = await as(member).data<{ conference: { agenda: { case: { subject: { fullName: string } } }[] } }>(AGENDA_CASE, { id });
      expect(agenda.conference.agenda[0]?.case.subject.fullName).toBe(SUBJECT.fullName);
      const direct = await as(member).data<{ case: { subject: { fullName: string }; recordBasis: string } }>(`query($id: ID!) { case(id: $id) { recordBasis subject { fullName } } }`, { id: caseId });
      expect(direct.case).toEqual({ recordBasis: 'SUPPORT_MEETING', subject: { fullName: SUBJECT.fullName } });
      const { provisionRecords } = await as(auditor).data<{ provisionRecords: { basis: string; conferenceId: string | null; recipientUser: { id: string } | null; categories: string[] }[] }>(
        Operations.PROVISION_RECORDS_WITH_CONFERENCE,
        { caseId },
      );
      expect(provisionRecords).toContainEqual({ basis: 'SUPPORT_MEETING', conferenceId: id, recipientUser: { id: member.id }, categories: [DataCategory.BASIC] });
    });
  });

  describe('2. Conference.openActionItems: an earlier meeting’s material only to those who were in it', () => {
    it('a member of a later meeting who was not in the earlier one sees none of its action items', async () => {
      const caseId = await cases.openCase(coordinator.token);
      await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: health.agencyId });
      const earlier = await meeting('SUPPORT_MEETING', caseId, [health], 'started');
      await as(coordinator).data(Operations.ASSIGN_TASK, {
        input: { caseId, conferenceId: earlier, title: '自宅訪問 home visit', description: '母親の通院状況を確認 check the mother’s hospital visits', assigneeAgencyId: health.agencyId },
      });
      const later = await meeting('SUPPORT_MEETING', caseId, [member], 'started');
      const seen = await as(member).request(OPEN_ACTION_ITEMS, { id: later });
      expect(seen.raw).not.toContain('home visit');
      expect(seen.data).toEqual({ conference: { openActionItems: [] } });
      // The chair, who was in both, still reviews it.
      const chair = await as(coordinator).data<{ conference: { openActionItems: { title: string }[] } }>(OPEN_ACTION_ITEMS, { id: later });
      expect(chair.conference.openActionItems.map((t) => t.title)).toEqual(['自宅訪問 home visit']);
    });
  });

  describe('3. A task is acted on by its assignee and coordinators; other team members read and comment', () => {
    it('a team caseworker of another agency can neither cancel nor reassign it, but may comment', async () => {
      const caseId = await healthAndHousingCase(false);
      const { assignTask } = await as(coordinator).data<{ assignTask: { id: string; version: number } }>(Operations.ASSIGN_TASK, {
        input: { caseId, title: '健診の予約', description: '', assigneeAgencyId: health.agencyId },
      });
      const cancel = await as(housing).error(Operations.UPDATE_TASK_STATUS, { id: assignTask.id, status: 'CANCELLED', expectedVersion: assignTask.version });
      expect(cancel.extensions?.code).toBe('FORBIDDEN');
      const reassign = await as(housing).error(Operations.REASSIGN_TASK, { id: assignTask.id, assigneeAgencyId: housing.agencyId });
      expect(reassign.extensions?.code).toBe('FORBIDDEN');
      await as(housing).data(Operations.COMMENT_ON_TASK, { id: assignTask.id, text: '住まいの件も併せて' });
      const { task } = await as(housing).data<{ task: { status: string; assigneeAgency: { id: string } } }>(Operations.TASK, { id: assignTask.id });
      expect(task).toMatchObject({ status: 'REQUESTED', assigneeAgency: { id: health.agencyId } });
      const accepted = await as(health).data<{ updateTaskStatus: { status: string } }>(Operations.UPDATE_TASK_STATUS, { id: assignTask.id, status: 'ACCEPTED', expectedVersion: assignTask.version });
      expect(accepted.updateTaskStatus.status).toBe('ACCEPTED');
    });
  });

  describe('4. Only a read that returns data is a provision', () => {
    it('upsertCaseSummary returns the writer’s own summary and records no provision of another agency’s sections', async () => {
      const caseId = await healthAndHousingCase();
      await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.HEALTH] }] });
      const written = await as(housing).data<{ upsertCaseSummary: { agency: { id: string } } }>(Operations.UPSERT_SUMMARY, { caseId, sections: [{ category: 'HOUSING', body: '家賃滞納 3か月' }] });
      expect(written.upsertCaseSummary.agency.id).toBe(housing.agencyId);
      const { provisionRecords } = await as(auditor).data<{ provisionRecords: unknown[] }>(Operations.PROVISION_RECORDS, { caseId });
      expect(provisionRecords).toEqual([]);
    });
  });

  describe('5. Repeated provisions are combined per day in the 提供記録; the trail keeps every read', () => {
    it('the same section read twice by the same caseworker: one provision record, two reads in the trail', async () => {
      const caseId = await healthAndHousingCase();
      await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.HEALTH] }] });
      for (let i = 0; i < 2; i++) await as(housing).data(Operations.CASE_WITH_SUMMARIES, { id: caseId });
      const { provisionRecords } = await as(auditor).data<{ provisionRecords: { basis: string; categories: string[] }[] }>(Operations.PROVISION_RECORDS, { caseId });
      expect(provisionRecords).toEqual([expect.objectContaining({ basis: 'CONSENT', categories: [DataCategory.HEALTH] })]);
      const { auditEvents } = await as(auditor).data<{ auditEvents: { edges: { node: { action: string } }[] } }>(Operations.AUDIT_EVENTS, { filter: { caseId }, first: 100 });
      expect(auditEvents.edges.filter((e) => e.node.action === 'case.summary_provided')).toHaveLength(2);
    });
  });

  describe('6. A consent covers its providers’ data: a caseworker records it for their own agency only', () => {
    it('naming another agency as provider is refused; the housing agency’s own consent opens nothing of the health centre', async () => {
      const caseId = await healthAndHousingCase();
      const input = {
        caseId,
        method: 'WRITTEN',
        obtainedAt: new Date(Date.now() - 60_000).toISOString(),
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        provisions: [{ effect: 'PERMIT', recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.HEALTH], purposes: ['CASE_COORDINATION'] }],
      };
      const refused = await as(housing).error(Operations.RECORD_CONSENT, { input: { ...input, providerAgencyIds: [health.agencyId] } });
      expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
      await as(housing).data(Operations.RECORD_CONSENT, { input });
      const seen = await as(housing).data<{ case: { summaries: { sections: { redacted: boolean }[] }[] } }>(Operations.CASE_WITH_SUMMARIES, { id: caseId });
      expect(seen.case.summaries[0]?.sections[0]?.redacted).toBe(true);
    });
  });
});
