import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Purpose, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, MovableClock, Operations, useTestApp, type Staff } from '@renkei/testing';

/**
 * The meeting path of the permission matrix: who sees which section of the health agency's
 * summary through a conference view, on which basis — reader × meeting state × category ×
 * time (now, and after the 支援会議 access period has run out), against an oracle written
 * from the domain rules.
 */

const READERS = ['acknowledgedMember', 'unacknowledgedMember', 'nonMember', 'authorColleague'] as const;
type Reader = (typeof READERS)[number];
const STATES = ['supportNotStarted', 'supportInProgress', 'supportEnded', 'supportCancelled', 'multiNoConsent', 'multiConsentConference', 'multiConsentOtherPurpose'] as const;
type State = (typeof STATES)[number];
const CATEGORIES = [DataCategory.HEALTH, DataCategory.BASIC] as const;
const PHASES = ['now', 'afterAccessPeriod'] as const;
type Phase = (typeof PHASES)[number];

type Expected = 'NOT_FOUND' | 'NO_CONTENT' | { redacted: boolean; basis: string | null };

function expected(reader: Reader, state: State, _category: DataCategory, phase: Phase): Expected {
  if (reader === 'nonMember') return 'NOT_FOUND';
  if (reader === 'unacknowledgedMember') return 'NO_CONTENT';
  if (reader === 'authorColleague') return { redacted: false, basis: 'OWN_AGENCY' };
  // The acknowledged member is not on the case team: they know of the case only while the
  // 支援会議 basis holds, and then see what the member agencies hold. Without it there is no
  // agenda content at all: case(id) would answer NOT_FOUND, and so does the meeting.
  if (state === 'supportInProgress' || (state === 'supportEnded' && phase === 'now')) return { redacted: false, basis: 'SUPPORT_MEETING' };
  return 'NO_CONTENT';
}

describe('permission matrix through conferences: reader × meeting state × category × time', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  const staff = {} as Record<Reader, Staff>;
  const conferenceOf = {} as Record<State, string>;
  let author: Staff;

  beforeAll(async () => {
    const coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    author = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    Object.assign(staff, {
      acknowledgedMember: await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL }),
      unacknowledgedMember: await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EMPLOYMENT }),
      nonMember: await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION }),
      authorColleague: await s.fixtures.staff([Role.CASEWORKER], { agencyId: author.agencyId }),
    });
    await s.app.http.as(await s.fixtures.admin()).data(Operations.SET_SUPPORT_MEETING_DAYS, { days: 7 });
    const cases = new CaseFixtures(s.app);
    const as = (who: Staff) => s.app.http.as(who.token);
    for (const state of STATES) {
      const caseId = await cases.openCase(coordinator.token);
      await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: author.agencyId });
      await cases.writeSummary(author.token, caseId, CATEGORIES);
      const kind = state.startsWith('support') ? 'SUPPORT_MEETING' : 'MULTI_AGENCY_MEETING';
      const members = [author, staff.acknowledgedMember, staff.unacknowledgedMember];
      const { scheduleConference } = await as(coordinator).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
        input: { kind, title: state, scheduledAt: new Date().toISOString(), agencyIds: members.map((m) => m.agencyId), caseIds: [caseId] },
      });
      const id = scheduleConference.id;
      for (const who of [staff.acknowledgedMember, staff.authorColleague]) await as(who).data(Operations.ACKNOWLEDGE, { id });
      if (state !== 'supportNotStarted' && state !== 'supportCancelled') await as(coordinator).data(Operations.START_CONFERENCE, { id });
      if (state === 'supportEnded') await as(coordinator).data(Operations.END_CONFERENCE, { id });
      if (state === 'supportCancelled') await as(coordinator).data(Operations.CANCEL_CONFERENCE, { id, reason: 'matrix' });
      const purpose = state === 'multiConsentConference' ? Purpose.CONFERENCE : state === 'multiConsentOtherPurpose' ? Purpose.REFERRAL : null;
      if (purpose) await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.LEGAL], dataCategories: [DataCategory.HEALTH], purposes: [purpose] }] });
      conferenceOf[state] = id;
    }
  });

  const cells = PHASES.flatMap((phase) => READERS.flatMap((reader) => STATES.flatMap((state) => CATEGORIES.map((category) => [phase, reader, state, category] as const))));

  it('covers every combination', () => {
    expect(cells).toHaveLength(2 * 4 * 7 * 2);
  });

  for (const phase of PHASES) {
    describe(phase, () => {
      if (phase === 'afterAccessPeriod') beforeAll(() => clock.advance(8 * 86_400_000));

      it.each(READERS.flatMap((reader) => STATES.map((state) => [reader, state] as const)))('%s, meeting %s', async (reader, state) => {
        const result = await s.app.http.as(staff[reader].token).request<{
          conference: { agenda: { caseId: string | null; summaries: { agency: { id: string }; sections: { category: string; body: string | null; redacted: boolean; basis: string | null }[] }[] }[] };
        }>(Operations.CONFERENCE_WITH_SUMMARIES, { id: conferenceOf[state] });
        for (const category of CATEGORIES) {
          const want = expected(reader, state, category, phase);
          if (want === 'NOT_FOUND') {
            expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
          } else if (want === 'NO_CONTENT') {
            expect(result.data?.conference.agenda).toEqual([{ caseId: null, case: null, summaries: [], decisions: [] }]);
          } else {
            const section = result.data?.conference.agenda[0]?.summaries.find((x) => x.agency.id === author.agencyId)?.sections.find((x) => x.category === category);
            expect({ category, redacted: section?.redacted, basis: section?.basis }).toEqual({ category, ...want });
            expect(section?.body === null).toBe(want.redacted);
          }
          if (want === 'NOT_FOUND' || want === 'NO_CONTENT') expect(result.raw).not.toContain('notes for');
        }
      });
    });
  }
});
