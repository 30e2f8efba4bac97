import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, MovableClock, Operations, useTestApp, type Staff } from '@renkei/testing';

// The chair's requests (支援会議 要綱: 出席の依頼・情報提供の依頼), over HTTP and WebSocket as a client would.
const REQUEST_FIELDS = `id kind conferenceId conferenceTitle conferenceKind caseId agency { id } categories sharedCategories dueAt note status reason requestedBy { id } answeredBy { id } answeredAt`;
const REQUEST_ATTENDANCE = `mutation RequestAttendance($input: RequestAttendanceInput!) { requestAttendance(input: $input) { ${REQUEST_FIELDS} } }`;
const REQUEST_INFORMATION = `mutation RequestInformation($input: RequestInformationInput!) { requestInformation(input: $input) { ${REQUEST_FIELDS} } }`;
const ANSWER = `mutation Answer($id: ID!, $accept: Boolean!, $reason: String, $categories: [DataCategory!]) {
  answerConferenceRequest(id: $id, accept: $accept, reason: $reason, categories: $categories) { ${REQUEST_FIELDS} }
}`;
const MY_REQUESTS = `query Mine($pending: Boolean) { myConferenceRequests(pending: $pending) { ${REQUEST_FIELDS} } }`;
const CONFERENCE_REQUESTS = `query Requests($id: ID!) { conference(id: $id) { id participants { id } requests { ${REQUEST_FIELDS} } } }`;
const REQUEST_EVENTS = `subscription Requests($after: String) { conferenceRequestEvents(after: $after) { id status agency { id } } }`;

interface Request {
  id: string;
  kind: string;
  caseId: string | null;
  agency: { id: string };
  categories: string[];
  sharedCategories: string[];
  status: string;
  reason: string | null;
  answeredBy: { id: string } | null;
}
interface Section {
  category: string;
  redacted: boolean;
  basis: string | null;
}
interface RequestEvent {
  conferenceRequestEvents: { id: string; status: string; agency: { id: string } };
}

describe('the chair’s requests: 出席の依頼 and 情報提供の依頼', () => {
  const s = useTestApp({}, new MovableClock());
  let chair: Staff;
  let otherCoordinator: Staff;
  let member: Staff; // a member agency of the meetings, writes the HEALTH section, on the case team
  let cases: CaseFixtures;

  beforeAll(async () => {
    chair = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    otherCoordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    member = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    cases = new CaseFixtures(s.app);
    await s.app.http.as(await s.fixtures.admin()).data(Operations.SET_SUPPORT_MEETING_DAYS, { days: 7 });
  });

  const as = (staff: Staff) => s.app.http.as(staff.token);
  const caseworker = (sector: Sector) => s.fixtures.staff([Role.CASEWORKER], { sector });

  async function caseWith(team: Staff[]): Promise<string> {
    const caseId = await cases.openCase(chair.token);
    for (const staff of [member, ...team]) await as(chair).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: staff.agencyId });
    await cases.writeSummary(member.token, caseId, [DataCategory.HEALTH]);
    return caseId;
  }

  async function meeting(caseIds: string[], kind = 'SUPPORT_MEETING'): Promise<string> {
    const { scheduleConference } = await as(chair).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind, title: `支援会議 ${Date.now()}`, scheduledAt: new Date().toISOString(), agencyIds: [member.agencyId], caseIds },
    });
    return scheduleConference.id;
  }

  const askAttendance = (by: Staff, conferenceId: string, agencyId: string) => as(by).request<{ requestAttendance: Request }>(REQUEST_ATTENDANCE, { input: { conferenceId, agencyId, note: '次回会議への出席をお願いします' } });
  const askInformation = (by: Staff, conferenceId: string, caseId: string, agencyId: string, categories: string[]) =>
    as(by).request<{ requestInformation: Request }>(REQUEST_INFORMATION, { input: { conferenceId, caseId, agencyId, categories, dueAt: new Date(Date.now() + 86_400_000).toISOString(), note: '支援状況の共有をお願いします' } });
  const answer = (by: Staff, id: string, variables: { accept: boolean; reason?: string; categories?: string[] }) => as(by).request<{ answerConferenceRequest: Request }>(ANSWER, { id, ...variables });
  const codeOf = (result: { errors?: { extensions?: { code?: unknown } }[] } | undefined) => result?.errors?.[0]?.extensions?.code;

  /** The sections of `provider`'s summary of the agenda case as `reader` sees them in the meeting. */
  async function sectionsOf(reader: Staff, conferenceId: string, provider: Staff): Promise<Section[] | undefined> {
    const { conference } = await as(reader).data<{ conference: { agenda: { summaries: { agency: { id: string }; sections: Section[] }[] }[] } }>(Operations.CONFERENCE_WITH_SUMMARIES, { id: conferenceId });
    return conference.agenda[0]?.summaries.find((summary) => summary.agency.id === provider.agencyId)?.sections;
  }

  async function newestRequestEvent(): Promise<string> {
    const [row] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM conference_request_events');
    return row?.id ?? '0';
  }

  it('only the chair may send: another coordinator and a member caseworker are FORBIDDEN, a stranger does not see the meeting', async () => {
    const newcomer = await caseworker(Sector.LEGAL);
    const stranger = await caseworker(Sector.EDUCATION);
    const caseId = await caseWith([newcomer]);
    const conferenceId = await meeting([caseId]);
    await as(member).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    expect(codeOf(await askAttendance(otherCoordinator, conferenceId, newcomer.agencyId))).toBe('FORBIDDEN');
    expect(codeOf(await askAttendance(member, conferenceId, newcomer.agencyId))).toBe('FORBIDDEN');
    expect(codeOf(await askInformation(member, conferenceId, caseId, newcomer.agencyId, ['LEGAL']))).toBe('FORBIDDEN');
    expect(codeOf(await askAttendance(stranger, conferenceId, newcomer.agencyId))).toBe('NOT_FOUND');
    const sent = await askAttendance(chair, conferenceId, newcomer.agencyId);
    expect(sent.data?.requestAttendance).toMatchObject({ kind: 'ATTENDANCE', status: 'PENDING', agency: { id: newcomer.agencyId }, caseId: null, categories: [] });
  });

  it('refuses what the rules do not allow: a member asked to attend, twice the same, a case off the agenda, an agency off the team, information outside a 支援会議, a closed meeting', async () => {
    const newcomer = await caseworker(Sector.LEGAL);
    const offTeam = await caseworker(Sector.EMPLOYMENT);
    const caseId = await caseWith([newcomer]);
    const otherCase = await caseWith([newcomer]);
    const conferenceId = await meeting([caseId]);
    expect(codeOf(await askAttendance(chair, conferenceId, member.agencyId))).toBe('CONFLICT');
    expect(codeOf(await askAttendance(chair, conferenceId, chair.agencyId))).toBe('CONFLICT');
    await askAttendance(chair, conferenceId, newcomer.agencyId);
    expect(codeOf(await askAttendance(chair, conferenceId, newcomer.agencyId))).toBe('CONFLICT');
    const offAgenda = await askInformation(chair, conferenceId, otherCase, newcomer.agencyId, ['LEGAL']);
    expect(offAgenda.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf(await askInformation(chair, conferenceId, caseId, offTeam.agencyId, ['EMPLOYMENT']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await askInformation(chair, conferenceId, caseId, newcomer.agencyId, []))).toBe('BAD_USER_INPUT');
    const multiAgency = await meeting([caseId], 'MULTI_AGENCY_MEETING');
    expect(codeOf(await askInformation(chair, multiAgency, caseId, newcomer.agencyId, ['LEGAL']))).toBe('BAD_USER_INPUT');
    await as(chair).data(Operations.CANCEL_CONFERENCE, { id: conferenceId, reason: '日程変更' });
    expect(codeOf(await askInformation(chair, conferenceId, caseId, newcomer.agencyId, ['LEGAL']))).toBe('CONFLICT');
  });

  it('only the addressed agency answers, once; a decline needs a reason', async () => {
    const addressed = await caseworker(Sector.LEGAL);
    const colleague = await s.fixtures.staff([Role.CASEWORKER], { agencyId: addressed.agencyId });
    const other = await caseworker(Sector.EDUCATION);
    const conferenceId = await meeting([await caseWith([])]);
    const id = (await askAttendance(chair, conferenceId, addressed.agencyId)).data?.requestAttendance.id as string;
    for (const outsider of [other, chair, member]) expect(codeOf(await answer(outsider, id, { accept: true }))).toBe('NOT_FOUND');
    expect(codeOf(await answer(addressed, id, { accept: false }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await answer(addressed, id, { accept: false, reason: '   ' }))).toBe('BAD_USER_INPUT');
    const { data } = await answer(colleague, id, { accept: false, reason: '当日は別の会議のため' });
    expect(data?.answerConferenceRequest).toMatchObject({ status: 'DECLINED', reason: '当日は別の会議のため', answeredBy: { id: colleague.id } });
    expect(codeOf(await answer(addressed, id, { accept: true }))).toBe('CONFLICT');
  });

  it('an accepted attendance adds the member, and the 支援会議 basis follows once its user acknowledges; a declined one does not', async () => {
    const accepting = await caseworker(Sector.LEGAL);
    const declining = await caseworker(Sector.EDUCATION);
    const caseId = await caseWith([]);
    const conferenceId = await meeting([caseId]);
    await as(chair).data(Operations.START_CONFERENCE, { id: conferenceId });
    expect(codeOf(await as(accepting).request(Operations.CONFERENCE, { id: conferenceId }))).toBe('NOT_FOUND');

    const accepted = (await askAttendance(chair, conferenceId, accepting.agencyId)).data?.requestAttendance.id as string;
    const declined = (await askAttendance(chair, conferenceId, declining.agencyId)).data?.requestAttendance.id as string;
    const { myConferenceRequests } = await as(accepting).data<{ myConferenceRequests: Request[] }>(MY_REQUESTS, { pending: true });
    expect(myConferenceRequests.map((r) => r.id)).toEqual([accepted]);
    await answer(accepting, accepted, { accept: true });
    await answer(declining, declined, { accept: false, reason: '担当者不在' });
    expect((await as(accepting).data<{ myConferenceRequests: Request[] }>(MY_REQUESTS, { pending: true })).myConferenceRequests).toEqual([]);

    const { conference } = await as(chair).data<{ conference: { participants: { id: string }[] } }>(CONFERENCE_REQUESTS, { id: conferenceId });
    expect(conference.participants.map((p) => p.id)).toContain(accepting.agencyId);
    expect(conference.participants.map((p) => p.id)).not.toContain(declining.agencyId);

    // A member now, but the 守秘義務 gate first: no case content before acknowledging.
    expect(await sectionsOf(accepting, conferenceId, member)).toBeUndefined();
    expect(codeOf(await as(accepting).request(Operations.CASE, { id: caseId }))).toBe('NOT_FOUND');
    await as(accepting).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    expect(await sectionsOf(accepting, conferenceId, member)).toEqual([expect.objectContaining({ category: 'HEALTH', redacted: false, basis: 'SUPPORT_MEETING' })]);

    expect(codeOf(await as(declining).request(Operations.CONFERENCE, { id: conferenceId }))).toBe('NOT_FOUND');
    expect(codeOf(await as(declining).request(Operations.CASE, { id: caseId }))).toBe('NOT_FOUND');
  });

  it('an accepted request for information shares exactly the named sections of that agency into the meeting', async () => {
    const provider = await caseworker(Sector.CHILD_FAMILY); // on the case team, not in the meeting
    const reader = await caseworker(Sector.LEGAL); // in the meeting, not on the case team
    const caseId = await caseWith([provider]);
    await cases.writeSummary(provider.token, caseId, [DataCategory.FAMILY, DataCategory.FINANCES]);
    const { scheduleConference } = await as(chair).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'SUPPORT_MEETING', title: '支援会議 情報提供', scheduledAt: new Date().toISOString(), agencyIds: [member.agencyId, reader.agencyId], caseIds: [caseId] },
    });
    const conferenceId = scheduleConference.id;
    await as(reader).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    await as(chair).data(Operations.START_CONFERENCE, { id: conferenceId });
    const redacted = (await sectionsOf(reader, conferenceId, provider)) ?? [];
    expect(redacted.every((section) => section.redacted)).toBe(true);

    const declined = (await askInformation(chair, conferenceId, caseId, provider.agencyId, ['FAMILY'])).data?.requestInformation.id as string;
    await answer(provider, declined, { accept: false, reason: '本人との関係上、共有を控えます' });
    expect(((await sectionsOf(reader, conferenceId, provider)) ?? []).every((section) => section.redacted)).toBe(true);

    const request = (await askInformation(chair, conferenceId, caseId, provider.agencyId, ['FAMILY', 'FINANCES'])).data?.requestInformation as Request;
    expect(codeOf(await answer(provider, request.id, { accept: true, categories: ['FAMILY', 'HEALTH'] }))).toBe('BAD_USER_INPUT');
    const { data } = await answer(provider, request.id, { accept: true, categories: ['FAMILY'] });
    expect(data?.answerConferenceRequest).toMatchObject({ status: 'ACCEPTED', categories: ['FAMILY', 'FINANCES'], sharedCategories: ['FAMILY'] });
    const shown = await sectionsOf(reader, conferenceId, provider);
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'FAMILY', redacted: false, basis: 'SUPPORT_MEETING' }),
        expect.objectContaining({ category: 'FINANCES', redacted: true, basis: null }),
      ]),
    );
  });

  it('the addressed agency’s users receive the request live, another agency’s do not; the chair receives the answer', async () => {
    const addressed = await caseworker(Sector.LEGAL);
    const other = await caseworker(Sector.EDUCATION);
    const conferenceId = await meeting([await caseWith([])]);
    const after = await newestRequestEvent();
    const addressedStream = s.app.ws(addressed.token).subscribe<RequestEvent>(REQUEST_EVENTS, { after });
    const otherStream = s.app.ws(other.token).subscribe<RequestEvent>(REQUEST_EVENTS, { after });
    const chairStream = s.app.ws(chair.token).subscribe<RequestEvent>(REQUEST_EVENTS, { after });

    const id = (await askAttendance(chair, conferenceId, addressed.agencyId)).data?.requestAttendance.id as string;
    await addressedStream.waitFor((e) => e.conferenceRequestEvents.id === id);
    await answer(addressed, id, { accept: false, reason: '所管外のため' });
    await chairStream.waitFor((e) => e.conferenceRequestEvents.id === id && e.conferenceRequestEvents.status === 'DECLINED');
    // A later request to the other agency: delivered in order, so anything addressed elsewhere would have come first.
    const sentinel = (await askAttendance(chair, conferenceId, other.agencyId)).data?.requestAttendance.id as string;
    await otherStream.waitFor((e) => e.conferenceRequestEvents.id === sentinel);
    expect(otherStream.items.map((e) => e.conferenceRequestEvents.id)).toEqual([sentinel]);
    expect(addressedStream.items.some((e) => e.conferenceRequestEvents.id === sentinel)).toBe(false);
    for (const stream of [addressedStream, otherStream, chairStream]) stream.stop();
  });

  it('requests and answers appear in the room live, in Conference.requests and in the 会議録', async () => {
    const provider = await caseworker(Sector.CHILD_FAMILY);
    const caseId = await caseWith([provider]);
    const conferenceId = await meeting([caseId]);
    await as(member).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    const [{ id: roomCursor }] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM conference_events WHERE conference_id = $1', [conferenceId]);
    const room = s.app.ws(member.token).subscribe<{ conferenceEvents: { type: string; agencyId: string | null } }>(
      `subscription Room($id: ID!, $after: String) { conferenceEvents(conferenceId: $id, after: $after) { id type agencyId requestId } }`,
      { id: conferenceId, after: roomCursor },
    );
    const request = (await askInformation(chair, conferenceId, caseId, provider.agencyId, ['FAMILY'])).data?.requestInformation as Request;
    await room.waitFor((e) => e.conferenceEvents.type === 'REQUEST_SENT' && e.conferenceEvents.agencyId === provider.agencyId);
    await answer(provider, request.id, { accept: false, reason: '本人の同意を確認中' });
    await room.waitFor((e) => e.conferenceEvents.type === 'REQUEST_ANSWERED');
    room.stop();

    // The chair sees the requests; a member only after acknowledging (it did); an outsider never.
    for (const reader of [chair, member]) {
      const { conference } = await as(reader).data<{ conference: { requests: Request[] } }>(CONFERENCE_REQUESTS, { id: conferenceId });
      expect(conference.requests).toEqual([expect.objectContaining({ id: request.id, kind: 'INFORMATION', caseId, status: 'DECLINED', reason: '本人の同意を確認中' })]);
    }
    await as(chair).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    const { conferenceRecord } = await as(chair).data<{ conferenceRecord: string }>(Operations.CONFERENCE_RECORD, { id: conferenceId });
    expect(conferenceRecord).toContain('## 依頼 Requests');
    expect(conferenceRecord).toContain('情報提供の依頼 Information');
    expect(conferenceRecord).toContain('辞退 Declined');
    expect(conferenceRecord).toContain('本人の同意を確認中');
  });
});
