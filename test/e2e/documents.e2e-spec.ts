import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, firstOutOfOrder, firstPageInk, MovableClock, Operations, pdfFonts, pdfText, SUBJECT, useTestApp, type Staff } from '@renkei/testing';

const FILE = 'filename contentType base64';
const CONFERENCE_RECORD_PDF = `query($id: ID!, $era: Boolean) { conferenceRecordPdf(id: $id, era: $era) { ${FILE} } }`;
const PLAN_PDF = `query($planId: ID!, $era: Boolean) { planPdf(planId: $planId, era: $era) { ${FILE} } }`;
const DISCLOSURE_PDF = `query($caseId: ID!, $era: Boolean) { personDisclosurePdf(caseId: $caseId, era: $era) { ${FILE} } }`;
const PROVISION_PDF = `query($caseId: ID!, $from: LocalDate, $to: LocalDate, $era: Boolean) { provisionRecordPdf(caseId: $caseId, from: $from, to: $to, era: $era) { ${FILE} } }`;
const DRAFT_PLAN = `mutation($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { id } }`;

interface DownloadFile {
  filename: string;
  contentType: string;
  base64: string;
}

const MINUTE = 60_000;
const MEETING = '第3回 桜町地区支援会議';

/** The next instant that is 23:30 in Japan (14:30 UTC), at least a minute away. */
function next2330Jst(now: number): number {
  const day = new Date(now);
  let target = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 14, 30, 5);
  while (target < now + MINUTE) target += 86_400_000;
  return target;
}

describe('office documents as PDF: Japanese text, A4 pages, embedded font, JST dates, the same door as the screens', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  let coordinator: Staff; // chairs the meeting, writes the plan
  let housing: Staff; // on the team: receives on consent, attends
  let legal: Staff; // convened, never acknowledges confidentiality
  let outsider: Staff; // neither convened nor on the team
  let auditor: Staff;
  let caseId: string;
  let planId: string;
  let conferenceId: string;
  let meetingDay: string; // the JST day of the meeting, YYYY-MM-DD

  const as = (staff: Staff) => s.app.http.as(staff.token);
  const file = async (staff: Staff, query: string, variables: Record<string, unknown>): Promise<{ meta: DownloadFile; pdf: Buffer }> => {
    const data = await as(staff).data<Record<string, DownloadFile>>(query, variables);
    const meta = Object.values(data)[0];
    if (!meta) throw new Error('no file');
    return { meta, pdf: Buffer.from(meta.base64, 'base64') };
  };
  const code = async (staff: Staff, query: string, variables: Record<string, unknown>) => (await as(staff).error(query, variables)).extensions?.code;

  /** A real PDF: A4-sized page 1 with ink, the Japanese font embedded, and its text in this order. */
  async function expectDocument(pdf: Buffer, texts: readonly string[]): Promise<string> {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(firstOutOfOrder(text, texts)).toBeNull();
    expect(await pdfFonts(pdf)).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/\+NotoSansCJKjp-Regular$/), embedded: true })]));
    const page = await firstPageInk(pdf);
    // A4 (210 × 297 mm) at 50 dpi.
    expect([page.width, page.height]).toEqual([414, 585]);
    expect(page.ink).toBeGreaterThan(0.002);
    return text;
  }

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    legal = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    const cases = new CaseFixtures(s.app);

    // The case: housing on the team, receiving BASIC on the person's consent (provision records).
    caseId = await cases.openCase(coordinator.token, '家賃滞納の相談');
    await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: housing.agencyId });
    await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC] }] });
    await as(housing).data(Operations.CASE, { id: caseId });

    const { draftPlan } = await as(coordinator).data<{ draftPlan: { id: string } }>(DRAFT_PLAN, {
      caseId,
      input: {
        personWishes: '今の部屋で暮らし続けたい',
        policy: '家計を立て直し住まいを守る',
        goals: [{ term: 'SHORT', category: 'HOUSING', text: '滞納分の分割払いを始める', roles: [{ agencyId: housing.agencyId, action: '家主との調整', frequency: '月2回' }] }],
        participationReferral: false,
        outreach: true,
        leadAgencyId: housing.agencyId,
      },
    });
    planId = draftPlan.id;

    // The meeting starts at 23:30 in Japan: 14:30 UTC, the same day; a UTC rendering would print 14:30.
    clock.advance(next2330Jst(clock.now().getTime()) - clock.now().getTime());
    meetingDay = new Date(clock.now().getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
    const { scheduleConference } = await as(coordinator).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'SUPPORT_MEETING', title: MEETING, scheduledAt: clock.now().toISOString(), agencyIds: [coordinator.agencyId, housing.agencyId, legal.agencyId], caseIds: [caseId] },
    });
    conferenceId = scheduleConference.id;
    await as(coordinator).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    await as(housing).data(Operations.ACKNOWLEDGE, { id: conferenceId });
    await as(coordinator).data(Operations.START_CONFERENCE, { id: conferenceId });
    await as(coordinator).data(Operations.JOIN_CONFERENCE, { id: conferenceId });
    await as(coordinator).data(Operations.ADD_MINUTES, { conferenceId, caseId, text: '家主から退去の打診があった', expectedVersion: 0 });
    await as(coordinator).data(Operations.RECORD_DECISION, { conferenceId, caseId, text: '家計改善支援につなぐ' });
    await as(coordinator).data(Operations.ASSIGN_TASK, { input: { caseId, conferenceId, title: '家主と面談する', assigneeAgencyId: housing.agencyId, dueAt: new Date(clock.now().getTime() + 7 * 86_400_000).toISOString() } });
    clock.advance(20 * MINUTE);
    await as(coordinator).data(Operations.END_CONFERENCE, { id: conferenceId });
  });

  describe('会議録', () => {
    it('prints the record in order, the meeting at 23:30 on its JST day, in the Gregorian calendar or 和暦', async () => {
      const { meta, pdf } = await file(coordinator, CONFERENCE_RECORD_PDF, { id: conferenceId });
      expect(meta).toMatchObject({ contentType: 'application/pdf', filename: expect.stringMatching(/^会議録_第3回 桜町地区支援会議_\d{4}-\d{2}-\d{2}\.pdf$/) });
      const [year, month, day] = meetingDay.split('-').map(Number);
      const text = await expectDocument(pdf, ['Testville', '会議録', MEETING, '支援会議', `${year}年${month}月${day}日`, '23:30', '出席者', '守秘義務', '議題1', '家賃滞納の相談', SUBJECT.fullName, '家主から退去の打診があった', '家計改善支援につなぐ', '家主と面談する']);
      expect(text).toMatch(/^1 ?\/ ?1$/m);

      const era = await pdfText((await file(coordinator, CONFERENCE_RECORD_PDF, { id: conferenceId, era: true })).pdf);
      expect(era).toContain(`令和${(year ?? 0) - 2018}年${month}月${day}日`);
    });

    it('the Markdown record prints the same JST time', async () => {
      const { conferenceRecord } = await as(coordinator).data<{ conferenceRecord: string }>(Operations.CONFERENCE_RECORD, { id: conferenceId });
      expect(conferenceRecord).toContain(`${meetingDay} 23:30 JST`);
      expect(conferenceRecord).not.toContain('UTC');
    });

    it('answers as the record does: FORBIDDEN before confidentiality is acknowledged, NOT_FOUND for one not convened', async () => {
      expect(await code(legal, CONFERENCE_RECORD_PDF, { id: conferenceId })).toBe('FORBIDDEN');
      expect(await code(outsider, CONFERENCE_RECORD_PDF, { id: conferenceId })).toBe('NOT_FOUND');
    });
  });

  describe('支援プラン', () => {
    it('prints the plan sheet: the case, the version, the person’s wishes first, the goals and roles', async () => {
      const { meta, pdf } = await file(housing, PLAN_PDF, { planId });
      expect(meta.filename).toBe('支援プラン_第1版_家賃滞納の相談.pdf');
      await expectDocument(pdf, ['支援プラン', '家賃滞納の相談', '第1版', '本人の希望', '今の部屋で暮らし続けたい', '家計を立て直し住まいを守る', '短期目標', '滞納分の分割払い', '家主との調整', '月2回']);
    });

    it('is NOT_FOUND for a reader who may not know of the case, and for a plan that does not exist', async () => {
      expect(await code(outsider, PLAN_PDF, { planId })).toBe('NOT_FOUND');
      expect(await code(coordinator, PLAN_PDF, { planId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    });
  });

  describe('本人開示 and 提供記録', () => {
    it('prints the person’s own record for the auditor, addressed to the person, with the provisions to housing', async () => {
      const { meta, pdf } = await file(auditor, DISCLOSURE_PDF, { caseId });
      expect(meta.filename).toMatch(/^本人開示_山田 太郎_\d{4}-\d{2}-\d{2}\.pdf$/);
      await expectDocument(pdf, ['保有個人情報の開示', `${SUBJECT.fullName} 様`, '支援チームと役割', '本人同意', '書面', '提供記録', '本人同意', '基本情報']);
      const { auditEvents } = await as(auditor).data<{ auditEvents: { edges: { node: { caseId: string | null } }[] } }>(
        `query { auditEvents(first: 5, filter: { action: "case.disclosed" }) { edges { node { caseId } } } }`,
      );
      expect(auditEvents.edges.map((edge) => edge.node.caseId)).toContain(caseId);
    });

    it('prints the provision records of a period, and none outside it', async () => {
      const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
      const { provisionRecords } = await as(auditor).data<{ provisionRecords: { id: string }[] }>(`query($caseId: ID!) { provisionRecords(caseId: $caseId) { id } }`, { caseId });
      const within = await pdfText((await file(auditor, PROVISION_PDF, { caseId, from: today, to: meetingDay })).pdf);
      expect(firstOutOfOrder(within, ['提供記録', SUBJECT.fullName, `${provisionRecords.length}件`, '提供日時', '本人同意', '基本情報'])).toBeNull();
      expect(provisionRecords.length).toBeGreaterThan(0);
      for (const period of [{ from: '2099-01-01' }, { to: '2026-01-01' }]) {
        expect(await pdfText((await file(auditor, PROVISION_PDF, { caseId, ...period })).pdf)).toContain('この期間の提供記録はありません');
      }
    });

    it('answers as the reads do: FORBIDDEN for a caseworker or coordinator, BAD_USER_INPUT for a period that ends before it begins', async () => {
      expect(await code(coordinator, DISCLOSURE_PDF, { caseId })).toBe('FORBIDDEN');
      expect(await code(housing, PROVISION_PDF, { caseId })).toBe('FORBIDDEN');
      expect(await code(auditor, PROVISION_PDF, { caseId, from: '2026-12-10', to: '2026-12-01' })).toBe('BAD_USER_INPUT');
      expect(await code(auditor, PROVISION_PDF, { caseId, from: '2026-13-01' })).toBe('BAD_USER_INPUT');
    });
  });
});
