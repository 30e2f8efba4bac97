import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Purpose, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, MovableClock, Operations, useTestApp, type Staff } from '@renkei/testing';

interface Section {
  category: string;
  body: string | null;
  redacted: boolean;
  basis: string | null;
}
interface RoomEvent {
  conferenceEvents: { id: string; type: string; caseId: string | null; text: string | null; minutesVersion: number | null; taskId: string | null };
}

const DAY = 86_400_000;

describe('case conferences: 支援会議 and 重層的支援会議', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  let coordinator: Staff;
  let health: Staff; // author of the HEALTH section, on the case team
  let legal: Staff; // a meeting member, NOT on the case team
  let outsider: Staff; // neither
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    legal = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    cases = new CaseFixtures(s.app);
    await s.app.http.as(await s.fixtures.admin()).data(Operations.SET_SUPPORT_MEETING_DAYS, { days: 7 });
  });

  /** The newest event of the room now (0 when there is none). */
  async function newestRoomEvent(conferenceId: string): Promise<string> {
    const [row] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM conference_events WHERE conference_id = $1', [conferenceId]);
    return row?.id ?? '0';
  }

  async function caseWithHealthSection(): Promise<string> {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: health.agencyId });
    await cases.writeSummary(health.token, caseId, [DataCategory.HEALTH]);
    return caseId;
  }

  async function schedule(kind: string, caseIds: string[], members: Staff[] = [health, legal]): Promise<string> {
    const { scheduleConference } = await s.app.http.as(coordinator.token).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind, title: `${kind} ${Date.now()}`, scheduledAt: new Date().toISOString(), agencyIds: [coordinator.agencyId, ...members.map((m) => m.agencyId)], caseIds },
    });
    return scheduleConference.id;
  }

  const as = (staff: Staff) => s.app.http.as(staff.token);
  const healthSeenBy = async (staff: Staff, conferenceId: string): Promise<Section | undefined> => {
    const { conference } = await as(staff).data<{ conference: { agenda: { summaries: { agency: { id: string }; sections: Section[] }[] }[] } }>(Operations.CONFERENCE_WITH_SUMMARIES, { id: conferenceId });
    return conference.agenda[0]?.summaries.find((summary) => summary.agency.id === health.agencyId)?.sections[0];
  };

  describe('支援会議 (SUPPORT_MEETING): shared without consent, by acknowledged members, for agenda cases, for a limited time', () => {
    let caseId: string;
    let conferenceId: string;

    beforeAll(async () => {
      caseId = await caseWithHealthSection();
      conferenceId = await schedule('SUPPORT_MEETING', [caseId]);
    });

    it('a non-member sees nothing, exactly as if the meeting did not exist', async () => {
      const hidden = await as(outsider).error(Operations.CONFERENCE, { id: conferenceId });
      const missing = await as(outsider).error(Operations.CONFERENCE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
      expect(hidden.message).toBe(missing.message);
    });

    it('a member that has not acknowledged confidentiality sees no case content', async () => {
      const { conference } = await as(legal).data<{ conference: { acknowledgedByMe: boolean; agenda: { caseId: string | null; minutes: string | null }[] } }>(Operations.CONFERENCE, { id: conferenceId });
      expect(conference).toMatchObject({ acknowledgedByMe: false, agenda: [{ caseId: null, minutes: null }] });
      expect((await as(legal).error(Operations.CONFERENCE_RECORD, { id: conferenceId })).extensions?.code).toBe('FORBIDDEN');
    });

    it('an acknowledged member reads the agenda case’s summaries with basis SUPPORT_MEETING only once the meeting has started', async () => {
      await as(legal).data(Operations.ACKNOWLEDGE, { id: conferenceId });
      // Before the start there is no basis: legal, not on the team, does not know of the case.
      expect(await healthSeenBy(legal, conferenceId)).toBeUndefined();
      expect((await as(legal).error(Operations.CASE, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
      await as(coordinator).data(Operations.START_CONFERENCE, { id: conferenceId });
      expect(await healthSeenBy(legal, conferenceId)).toMatchObject({ redacted: false, basis: 'SUPPORT_MEETING', category: 'HEALTH' });
      // While the basis holds, the case opens outside the meeting too: the same door.
      const direct = await as(legal).data<{ case: { summaries: { sections: Section[] }[] } }>(Operations.CASE_WITH_SUMMARIES, { id: caseId });
      expect(direct.case.summaries[0]?.sections[0]).toMatchObject({ redacted: false, basis: 'SUPPORT_MEETING', category: 'HEALTH' });
    });

    it('each read is a provision recorded with the meeting as its basis', async () => {
      const auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
      const { provisionRecords } = await as(auditor).data<{ provisionRecords: { basis: string; recipientAgency: { id: string }; categories: string[] }[] }>(Operations.PROVISION_RECORDS, { caseId });
      expect(provisionRecords).toContainEqual(expect.objectContaining({ basis: 'SUPPORT_MEETING', recipientAgency: { id: legal.agencyId }, categories: ['HEALTH'] }));
      const events = await as(auditor).data<{ auditEvents: { edges: { node: { action: string; basis: string | null; details: string } }[] } }>(Operations.AUDIT_EVENTS, { filter: { caseId }, first: 100 });
      expect(events.auditEvents.edges.some((e) => e.node.action === 'case.summary_provided' && e.node.basis === 'SUPPORT_MEETING')).toBe(true);
    });

    it('access lasts until the configured period after the end — and no longer (moved by the clock, not by sleeping)', async () => {
      await as(coordinator).data(Operations.END_CONFERENCE, { id: conferenceId });
      clock.advance(6 * DAY);
      expect(await healthSeenBy(legal, conferenceId)).toMatchObject({ redacted: false, basis: 'SUPPORT_MEETING' });
      clock.advance(1 * DAY + 60_000);
      // The basis is over: legal no longer knows of the case, in the meeting or outside it.
      expect(await healthSeenBy(legal, conferenceId)).toBeUndefined();
      expect((await as(legal).error(Operations.CASE, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
      clock.advance(-7 * DAY - 60_000);
    });
  });

  describe('重層的支援会議 (MULTI_AGENCY_MEETING): consent for the CONFERENCE purpose governs', () => {
    it('adds no basis of its own; a consent for CONFERENCE (not another purpose) opens the section', async () => {
      const caseId = await caseWithHealthSection();
      // A 重層的支援会議 convenes the case team; consent decides what its members see.
      await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: legal.agencyId });
      const conferenceId = await schedule('MULTI_AGENCY_MEETING', [caseId]);
      await as(legal).data(Operations.ACKNOWLEDGE, { id: conferenceId });
      await as(coordinator).data(Operations.START_CONFERENCE, { id: conferenceId });
      expect(await healthSeenBy(legal, conferenceId)).toMatchObject({ redacted: true });
      await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.LEGAL], dataCategories: [DataCategory.HEALTH], purposes: [Purpose.CASE_COORDINATION] }] });
      expect(await healthSeenBy(legal, conferenceId)).toMatchObject({ redacted: true });
      await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.LEGAL], dataCategories: [DataCategory.HEALTH], purposes: [Purpose.CONFERENCE] }] });
      expect(await healthSeenBy(legal, conferenceId)).toMatchObject({ redacted: false, basis: 'CONSENT' });
    });
  });

  it('two concurrent minute writers lose nothing: one wins, the other gets CONFLICT and adds again', async () => {
    const caseId = await caseWithHealthSection();
    const conferenceId = await schedule('SUPPORT_MEETING', [caseId]);
    for (const staff of [legal, health]) await as(staff).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    await as(coordinator).data(Operations.START_CONFERENCE, { id: conferenceId });
    const write = (staff: Staff, text: string, expectedVersion: number) => as(staff).request(Operations.ADD_MINUTES, { conferenceId, caseId, text, expectedVersion });
    const [a, b] = await Promise.all([write(legal, '法律相談の結果を報告', 0), write(health, '通院状況を報告', 0)]);
    const [winner, loser] = a?.errors ? [b, a] : [a, b];
    expect(winner?.errors).toBeUndefined();
    expect(loser?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const retried = await as(loser === a ? legal : health).data<{ addMinutes: { agenda: { minutes: string; minutesVersion: number }[] } }>(Operations.ADD_MINUTES, {
      conferenceId,
      caseId,
      text: loser === a ? '法律相談の結果を報告' : '通院状況を報告',
      expectedVersion: 1,
    });
    const [item] = retried.addMinutes.agenda;
    expect(item?.minutesVersion).toBe(2);
    expect(item?.minutes).toContain('法律相談の結果を報告');
    expect(item?.minutes).toContain('通院状況を報告');
  });

  it('illegal steps of the meeting’s life are CONFLICTs', async () => {
    const conferenceId = await schedule('MULTI_AGENCY_MEETING', [await caseWithHealthSection()]);
    expect((await as(coordinator).error(Operations.END_CONFERENCE, { id: conferenceId })).extensions?.code).toBe('CONFLICT');
    await as(coordinator).data(Operations.CANCEL_CONFERENCE, { id: conferenceId, reason: '本人の体調不良' });
    expect((await as(coordinator).error(Operations.START_CONFERENCE, { id: conferenceId })).extensions?.code).toBe('CONFLICT');
    expect((await as(legal).error(Operations.START_CONFERENCE, { id: conferenceId })).extensions?.code).toBe('FORBIDDEN');
  });

  it('the live room: participants only, content only to the acknowledged, action items through taskEvents too; a removed agency stops receiving at once', async () => {
    const caseId = await caseWithHealthSection();
    const listener = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.CHILD_FAMILY });
    const conferenceId = await schedule('SUPPORT_MEETING', [caseId], [health, legal, listener]);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: legal.agencyId });
    for (const staff of [coordinator, legal]) await as(staff).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    await as(coordinator).data(Operations.START_CONFERENCE, { id: conferenceId });

    // From the newest events now: the streams miss nothing that happens later, however long they take to go live.
    const roomCursor = await newestRoomEvent(conferenceId);
    const [{ id: taskCursor }] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM task_events');
    const acknowledged = s.app.ws(legal.token).subscribe<RoomEvent>(Operations.CONFERENCE_EVENTS, { id: conferenceId, after: roomCursor });
    const notAcknowledged = s.app.ws(listener.token).subscribe<RoomEvent>(Operations.CONFERENCE_EVENTS, { id: conferenceId, after: roomCursor });
    const stranger = await s.app.ws(outsider.token).execute(Operations.CONFERENCE_EVENTS, { id: conferenceId });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tasks = s.app.ws(legal.token).subscribe<{ taskEvents: { type: string; task: { taskId: string } } }>(Operations.TASK_EVENTS, { after: taskCursor });

    await as(coordinator).data(Operations.JOIN_CONFERENCE, { id: conferenceId });
    await as(coordinator).data(Operations.ADD_MINUTES, { conferenceId, caseId, text: '見守り体制を確認', expectedVersion: 0 });
    await as(coordinator).data(Operations.RECORD_DECISION, { conferenceId, caseId, text: '月1回の訪問を行う' });
    const { assignTask } = await as(coordinator).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, {
      input: { caseId, conferenceId, title: '家庭訪問 (home visit)', assigneeUserId: legal.id, dueAt: new Date(Date.now() + 7 * DAY).toISOString() },
    });

    await acknowledged.waitFor((e) => e.conferenceEvents.type === 'JOINED');
    expect((await acknowledged.waitFor((e) => e.conferenceEvents.type === 'MINUTES_ADDED')).conferenceEvents).toMatchObject({ text: '見守り体制を確認', minutesVersion: 1, caseId });
    expect((await acknowledged.waitFor((e) => e.conferenceEvents.type === 'DECISION_RECORDED')).conferenceEvents.text).toBe('月1回の訪問を行う');
    expect((await acknowledged.waitFor((e) => e.conferenceEvents.type === 'ACTION_ITEM_ASSIGNED')).conferenceEvents.taskId).toBe(assignTask.id);
    await tasks.waitFor((e) => e.taskEvents.type === 'ASSIGNED' && e.taskEvents.task.taskId === assignTask.id);
    expect((await notAcknowledged.waitFor((e) => e.conferenceEvents.type === 'MINUTES_ADDED')).conferenceEvents).toMatchObject({ text: null, caseId: null });

    const notOnAgenda = await cases.openCase(coordinator.token);
    const refused = await as(coordinator).error(Operations.ASSIGN_TASK, { input: { caseId: notOnAgenda, conferenceId, title: 'x', assigneeAgencyId: coordinator.agencyId } });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');

    await as(coordinator).data(Operations.UPDATE_PARTICIPANTS, { conferenceId, agencyIds: [coordinator.agencyId, health.agencyId, listener.agencyId] });
    const removedAt = Number(await newestRoomEvent(conferenceId));
    await as(coordinator).data(Operations.RECORD_DECISION, { conferenceId, caseId, text: 'after removal' });
    await notAcknowledged.waitFor((e) => e.conferenceEvents.type === 'DECISION_RECORDED' && e.conferenceEvents.text === null && notAcknowledged.items.filter((x) => x.conferenceEvents.type === 'DECISION_RECORDED').length === 2);
    // A sentinel that must reach the removed agency's stream: let it back in and record one more decision.
    // Events reach a subscriber in id order, so once the sentinel is there, anything from the removed time would be too.
    const readdedAt = Number(await newestRoomEvent(conferenceId));
    await as(coordinator).data(Operations.UPDATE_PARTICIPANTS, { conferenceId, agencyIds: [coordinator.agencyId, health.agencyId, listener.agencyId, legal.agencyId] });
    await as(coordinator).data(Operations.RECORD_DECISION, { conferenceId, caseId, text: 'sentinel after return' });
    await acknowledged.waitFor((e) => e.conferenceEvents.type === 'DECISION_RECORDED' && e.conferenceEvents.text === 'sentinel after return', 30_000);
    const whileRemoved = acknowledged.items.filter((e) => Number(e.conferenceEvents.id) > removedAt && Number(e.conferenceEvents.id) <= readdedAt);
    expect(whileRemoved.map((e) => e.conferenceEvents.type)).toEqual([]);
    expect(acknowledged.items.some((e) => e.conferenceEvents.text === 'after removal')).toBe(false);
  });

  it('a later conference lists the open action items of earlier ones on the same cases and records their review', async () => {
    const caseId = await caseWithHealthSection();
    const first = await schedule('MULTI_AGENCY_MEETING', [caseId]);
    await as(coordinator).data(Operations.ACKNOWLEDGE, { id: first });
    const { assignTask } = await as(coordinator).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, conferenceId: first, title: '就労支援につなぐ', assigneeAgencyId: health.agencyId } });
    const second = await schedule('MULTI_AGENCY_MEETING', [caseId]);
    await as(coordinator).data(Operations.ACKNOWLEDGE, { id: second });
    const { conference } = await as(coordinator).data<{ conference: { openActionItems: { id: string }[]; actionItems: unknown[] } }>(Operations.CONFERENCE_ACTIONS, { id: second });
    expect(conference).toMatchObject({ openActionItems: [{ id: assignTask.id }], actionItems: [] });
    const { reviewActionItem } = await as(coordinator).data<{ reviewActionItem: { actionReviews: unknown[] } }>(Operations.REVIEW_ACTION_ITEM, {
      conferenceId: second,
      taskId: assignTask.id,
      outcome: 'NOT_DONE',
      reason: '本人の体調が優れず未実施',
    });
    expect(reviewActionItem.actionReviews).toEqual([{ taskId: assignTask.id, outcome: 'NOT_DONE', reason: '本人の体調が優れず未実施' }]);
  });

  it('produces the record as a Markdown document a municipality can file', async () => {
    const caseId = await caseWithHealthSection();
    const conferenceId = await schedule('SUPPORT_MEETING', [caseId]);
    await as(coordinator).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    await as(coordinator).data(Operations.START_CONFERENCE, { id: conferenceId });
    await as(coordinator).data(Operations.JOIN_CONFERENCE, { id: conferenceId });
    await as(coordinator).data(Operations.ADD_MINUTES, { conferenceId, caseId, text: '生活状況を共有した', expectedVersion: 0 });
    await as(coordinator).data(Operations.RECORD_DECISION, { conferenceId, caseId, text: '居住支援につなぐ' });
    await as(coordinator).data(Operations.ASSIGN_TASK, { input: { caseId, conferenceId, title: '不動産会社と調整', assigneeAgencyId: health.agencyId, dueAt: '2026-12-01T00:00:00.000Z' } });
    await as(coordinator).data(Operations.END_CONFERENCE, { id: conferenceId });
    const { conferenceRecord } = await as(coordinator).data<{ conferenceRecord: string }>(Operations.CONFERENCE_RECORD, { id: conferenceId });
    for (const expected of ['# 会議録', '支援会議 (社会福祉法第106条の6)', '会長 Chair: Test Staff', '## 出席者 Attendees', '守秘義務', '生活状況を共有した', '居住支援につなぐ', '| 不動産会社と調整 |', '2026-12-01 09:00 JST', '山田 太郎']) {
      expect(conferenceRecord).toContain(expected);
    }
  });
});
