import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@renkei/kernel';
import { MovableClock, useTestApp, type Collected, type GraphQLErrorBody, type GraphQLResponse, type Staff, type TestWsClient } from '@renkei/testing';
import {
  allowedProvisions,
  CHAIR,
  cellsOf,
  expectation,
  initialTeam,
  isSupportItem,
  ITEM_CATEGORY,
  ITEMS,
  type Item,
  type ItemView,
  type MeetingKey,
  meetingOf,
  type PathExpectation,
  PATH_ITEMS,
  PATHS,
  type Path,
  planOf,
  PLAN_WRITER,
  PROFILES,
  provisionAction,
  READERS,
  type Reader,
  recorder,
  REFERRER,
  scenario,
  SECTION_AUTHOR,
  SECTION_ITEMS,
  type State,
  STATES,
  TASK_CASE_KEY,
  type TaskSpec,
  type ConsentSpec,
} from './permission-matrix-paths.oracle.js';
import {
  assessmentInput,
  ownersExpected,
  ownersOfCase,
  planInput,
  type PlanNode,
  type ProvidedEventNode,
  REFERRAL_M,
  REFERRAL_Q,
  type ReferralCaseNode,
  type ReferralSecrets,
  referralSecretsOf,
  referralSeen,
  referralStrings,
  resourceInput,
  SUPPORT_M,
  SUPPORT_Q,
  type SupportCaseNode,
  type SupportOwners,
  type SupportSecrets,
  supportSecretsOf,
  textsOf,
} from './permission-matrix-paths.support.js';

/**
 * The permission matrix over every path that returns a person's data — case, cases,
 * task.case, myTasks, taskEventsSince, the taskEvents subscription, a conference's agenda
 * (case and summaries), its open action items, its record (会議録) and its live room, and the
 * assessment and the support plan through case, cases, task.case, agenda.case and the plan
 * an agenda item carries, and the referral through case, cases, task.case and agenda.case — for
 * every reader × basis state × category, against the oracle in
 * permission-matrix-paths.oracle.ts (written from the domain rules, not from the server).
 * Each visible cell of another agency's data must have left a provision record (提供記録);
 * each hidden one must not have leaked into the raw response.
 */

// ---------------------------------------------------------------------------------------
// The operations, written here as a client would write them.

const RECORD_FIELDS = `id title status needs recordRedacted recordBasis recordingAgency { id } subject { fullName fullNameKana birthDate address } intakeNote`;
const CASE_FIELDS = `${RECORD_FIELDS} summaries { agency { id } sections { category body redacted basis } }`;

const Q = {
  case: `query PathCase($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
  cases: `query PathCases($first: Int!, $after: String) { cases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${CASE_FIELDS} } } } }`,
  task: `query PathTask($id: ID!) { task(id: $id) { id title case { ${CASE_FIELDS} } } }`,
  myTasks: `query PathMyTasks { myTasks { id title case { ${CASE_FIELDS} } } }`,
  taskEventsSince: `query PathSince($first: Int!, $after: String) {
    taskEventsSince(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id type task { id: taskId title case { ${CASE_FIELDS} } } } } }
  }`,
  taskEvents: `subscription PathLive { taskEvents { id type task { id: taskId title case { ${CASE_FIELDS} } } } }`,
  agendaCase: `query PathAgendaCase($id: ID!) { conference(id: $id) { id agenda { caseId minutes decisions { text } case { ${RECORD_FIELDS} } } } }`,
  agendaSummaries: `query PathAgendaSummaries($id: ID!) { conference(id: $id) { id agenda { caseId summaries { agency { id } sections { category body redacted basis } } } } }`,
  openActionItems: `query PathOpenActionItems($id: ID!) { conference(id: $id) { id openActionItems { id title case { ${RECORD_FIELDS} } } } }`,
  conferenceRecord: `query PathRecord($id: ID!) { conferenceRecord(id: $id) }`,
  conferenceEvents: `subscription PathRoom($id: ID!) { conferenceEvents(conferenceId: $id) { id type caseId text } }`,
  consents: `query PathConsents($caseId: ID!) { consents(caseId: $caseId) { id } }`,
  provisionRecords: `query PathProvisions($caseId: ID!) {
    provisionRecords(caseId: $caseId) { providedAt subjectName categories basis consentId conferenceId providerAgency { id } recipientAgency { id } recipientUser { id } }
  }`,
};

const M = {
  settings: `mutation PathDays($days: Int!) { updateMunicipalitySettings(supportMeetingAccessDays: $days) { supportMeetingAccessDays } }`,
  openCase: `mutation PathOpen($input: OpenCaseInput!) { openCase(input: $input) { id } }`,
  registerIntake: `mutation PathIntake($input: RegisterIntakeInput!) { registerIntake(input: $input) { id } }`,
  addTeamMember: `mutation PathTeam($caseId: ID!, $agencyId: ID!) { addCaseTeamMember(caseId: $caseId, agencyId: $agencyId) { id } }`,
  upsertSummary: `mutation PathSummary($caseId: ID!, $sections: [SummarySectionInput!]!) { upsertCaseSummary(caseId: $caseId, sections: $sections) { version } }`,
  recordConsent: `mutation PathConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
  revokeConsent: `mutation PathRevoke($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { id } }`,
  schedule: `mutation PathSchedule($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }`,
  acknowledge: `mutation PathAck($id: ID!) { acknowledgeConfidentiality(conferenceId: $id) { id } }`,
  start: `mutation PathStart($id: ID!) { startConference(id: $id) { id } }`,
  end: `mutation PathEnd($id: ID!) { endConference(id: $id) { id } }`,
  cancel: `mutation PathCancel($id: ID!, $reason: String!) { cancelConference(id: $id, reason: $reason) { id } }`,
  minutes: `mutation PathMinutes($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) {
    addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) { id }
  }`,
  decision: `mutation PathDecision($conferenceId: ID!, $caseId: ID!, $text: String!) { recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) { id } }`,
  assignTask: `mutation PathAssign($input: AssignTaskInput!) { assignTask(input: $input) { id } }`,
  comment: `mutation PathComment($id: ID!, $text: String!) { commentOnTask(id: $id, text: $text) { id } }`,
};

// ---------------------------------------------------------------------------------------
// Shapes of the answers.

interface SubjectNode {
  fullName: string;
  fullNameKana: string;
  birthDate: string;
  address: string;
}
interface SectionNode {
  category: string;
  body: string | null;
  redacted: boolean;
  basis: string | null;
}
interface SummaryNode {
  agency: { id: string };
  sections: SectionNode[];
}
interface CaseNode {
  id: string;
  title: string;
  status: string;
  needs: string[];
  recordRedacted: boolean;
  recordBasis: string | null;
  recordingAgency: { id: string } | null;
  subject: SubjectNode | null;
  intakeNote: string | null;
  summaries?: SummaryNode[];
}
interface TaskNode {
  id: string;
  title: string;
  case: CaseNode | null;
}
interface TaskEventNode {
  id: string;
  type: string;
  task: TaskNode;
}
interface RoomEvent {
  conferenceEvents: { id: string; type: string; caseId: string | null; text: string | null };
}
interface LiveTaskEvent {
  taskEvents: TaskEventNode;
}
interface ProvisionRecordNode {
  providedAt: string;
  subjectName: string;
  categories: string[];
  basis: string;
  consentId: string | null;
  conferenceId: string | null;
  providerAgency: { id: string };
  recipientAgency: { id: string };
  recipientUser: { id: string } | null;
}
interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
/** A provision as recorded (提供記録, or the audit entry of the read): to whom (user, else agency), whose data, on which basis, which categories. */
interface Provided {
  readonly recipientUserId: string | null;
  readonly recipientAgencyId: string | null;
  readonly providerAgencyId: string | null;
  readonly basis: string | null;
  readonly categories: readonly string[];
}

// ---------------------------------------------------------------------------------------
// What each case holds: unique strings, so a leak of any of them shows in raw text.

const KANA_DIGITS = 'アイウエオカキクケコ';

interface Secrets {
  readonly subject: SubjectNode;
  readonly note: string | null;
  readonly bodies: Readonly<Record<(typeof SECTION_ITEMS)[number], string>>;
  readonly support: SupportSecrets;
  readonly referral: ReferralSecrets;
}

function secretsOf(state: State, index: number): Secrets {
  const nn = String(index + 1).padStart(2, '0');
  const kana = [...nn].map((digit) => KANA_DIGITS[Number(digit)]).join('');
  return {
    subject: { fullName: `山田 経路${nn}号`, fullNameKana: `ヤマダ ロ${kana}ン`, birthDate: `1960-01-${nn}`, address: `桜市経路町${nn}番地` },
    note: scenario(state).opening === 'intake' ? `受付メモ 経路${nn}号 家賃滞納で来所` : null,
    bodies: { HEALTH: `健康情報 経路${nn}号`, FINANCES: `家計情報 経路${nn}号`, BASIC_SECTION: `基本情報 経路${nn}号` },
    support: supportSecretsOf(nn),
    referral: referralSecretsOf(nn),
  };
}

function secretStrings(secrets: Secrets, item: Item): readonly string[] {
  if (isSupportItem(item)) return secrets.support[item];
  if (item === 'REFERRAL') return referralStrings(secrets.referral);
  if (item !== 'RECORD') return [secrets.bodies[item]];
  const { fullName, fullNameKana, birthDate, address } = secrets.subject;
  return [fullName, fullNameKana, birthDate, address, ...(secrets.note ? [secrets.note] : [])];
}

/** What was arranged for one state. */
interface Arranged {
  readonly code: string;
  readonly secrets: Secrets;
  readonly caseId: string;
  /** Rule 10: the author's referral on the case, and the resource it refers to. */
  readonly referral: { readonly id: string; readonly resourceId: string };
  readonly conferenceIds: Record<MeetingKey, string>;
  readonly taskIds: Record<string, string>;
  readonly taskKeyOf: Map<string, string>;
  /** Per consent key: its ids; null when the ids could not be read back (then any consent id counts). */
  readonly consentIds: Record<string, string[] | null>;
  readonly minutes: string | null;
  readonly decision: string;
  readonly rooms: Partial<Record<Reader, Collected<RoomEvent>>>;
}

/** A case as a read of its assessment and plans, or of its referrals, returns it. */
type ContentCaseNode = SupportCaseNode | ReferralCaseNode;
const isReferralPath = (path: Path) => PATH_ITEMS[path].includes('REFERRAL');

const DAY = 86_400_000;
const ACCESS_DAYS = 7;

describe('permission matrix over every path: reader × basis state × path × category', () => {
  const clock = new MovableClock();
  const s = useTestApp({ RATE_LIMIT_EXPENSIVE_PER_MINUTE: '100000' }, clock);
  const staff = {} as Record<Reader, Staff>;
  const sockets = {} as Record<Reader, TestWsClient>;
  const live = {} as Record<Reader, Collected<LiveTaskEvent>>;
  const world = {} as Record<State, Arranged>;

  const as = (reader: Reader) => s.app.http.as(staff[reader].token);
  const agencyOf = (reader: Reader) => staff[reader].agencyId;
  const readsCases = (reader: Reader) => PROFILES[reader].role === Role.COORDINATOR || PROFILES[reader].role === Role.CASEWORKER;

  // -------------------------------------------------------------------------------------
  // Arrangement, once, through the API.

  async function recordConsent(caseId: string, consent: ConsentSpec, code: string): Promise<string> {
    const recordedBy: Reader = consent.recordedBy === 'author' ? 'author' : 'coordinator';
    const now = Date.now();
    const expired = consent.validity === 'EXPIRED';
    const input = {
      caseId,
      method: 'WRITTEN',
      obtainedAt: new Date(now - (expired ? 10 * DAY : 60_000)).toISOString(),
      validFrom: new Date(now - (expired ? 10 * DAY : 60_000)).toISOString(),
      validUntil: new Date(expired ? now - DAY : now + 365 * DAY).toISOString(),
      evidenceNote: `同意書 ${consent.key} ${code}`,
      providerAgencyIds: consent.providers === 'COMMON' ? [] : consent.providers.map(agencyOf),
      provisions: consent.provisions.map((p) => ({
        effect: p.effect,
        recipientAgencyIds: (p.agencies ?? []).map(agencyOf),
        recipientSectors: p.sectors ?? [],
        toCoordinatingBody: p.toCoordinatingBody ?? false,
        dataCategories: p.categories,
        purposes: p.purposes,
      })),
    };
    const { recordConsent } = await as(recordedBy).data<{ recordConsent: { id: string } }>(M.recordConsent, { input });
    if (consent.validity === 'REVOKED') await as(recordedBy).data(M.revokeConsent, { id: recordConsent.id, reason: '本人が撤回 (withdrawn)' });
    return recordConsent.id;
  }

  async function assign(caseId: string, task: TaskSpec, conferenceId: string | null, code: string): Promise<string> {
    const input = {
      caseId,
      ...(conferenceId ? { conferenceId } : {}),
      title: `${task.key} ${code}`,
      ...(task.assigneeUser ? { assigneeUserId: staff[task.assigneeUser].id } : {}),
      ...(task.assigneeAgency ? { assigneeAgencyId: agencyOf(task.assigneeAgency) } : {}),
    };
    return (await as('coordinator').data<{ assignTask: { id: string } }>(M.assignTask, { input })).assignTask.id;
  }

  async function schedule(state: State, key: MeetingKey, caseId: string, code: string): Promise<string> {
    const meeting = meetingOf(state, key);
    const scheduledAt = new Date(clock.now().getTime() + (key === 'prior' ? -DAY : 0)).toISOString();
    const input = { kind: meeting.kind, title: `${key} ${code}`, scheduledAt, agencyIds: meeting.participants.map(agencyOf), caseIds: [caseId] };
    return (await as(CHAIR).data<{ scheduleConference: { id: string } }>(M.schedule, { input })).scheduleConference.id;
  }

  async function acknowledge(state: State, key: MeetingKey, id: string): Promise<void> {
    for (const reader of meetingOf(state, key).acknowledged) await as(reader).data(M.acknowledge, { id });
  }

  /** Rule 10: the author refers the person to a resource of the case's own, and records the person's agreement (a second step with a note). */
  async function refer(caseId: string, secrets: ReferralSecrets): Promise<Arranged['referral']> {
    const resourceId = (await as('coordinator').data<{ createResource: { id: string } }>(REFERRAL_M.createResource, { input: resourceInput(secrets) })).createResource.id;
    const input = { caseId, resourceId, note: secrets.note, sharedWithHost: secrets.sharedWithHost };
    const { referToResource } = await as(REFERRER).data<{ referToResource: { id: string; version: number } }>(REFERRAL_M.refer, { input });
    await as(REFERRER).data(REFERRAL_M.agree, { id: referToResource.id, note: secrets.agreedNote, expectedVersion: referToResource.version });
    return { id: referToResource.id, resourceId };
  }

  async function arrange(state: State, index: number): Promise<Arranged> {
    const sc = scenario(state);
    const code = `第${String(index + 1).padStart(2, '0')}号`;
    const secrets = secretsOf(state, index);
    const caseId =
      sc.opening === 'openCase'
        ? (await as('coordinator').data<{ openCase: { id: string } }>(M.openCase, { input: { title: `経路試験 ${code}`, subject: secrets.subject, needs: ['HOUSING', 'HEALTH'] } })).openCase.id
        : (
            await as('counter').data<{ registerIntake: { id: string } }>(M.registerIntake, {
              input: { subject: secrets.subject, needs: ['HOUSING', 'HEALTH'], note: secrets.note, consentToConnect: sc.consentToConnect ? { given: true, method: 'ORAL' } : { given: false } },
            })
          ).registerIntake.id;
    for (const reader of initialTeam(state)) {
      if (reader !== recorder(state)) await as('coordinator').data(M.addTeamMember, { caseId, agencyId: agencyOf(reader) });
    }
    const sections = SECTION_ITEMS.map((item) => ({ category: ITEM_CATEGORY[item], body: secrets.bodies[item] }));
    await as(SECTION_AUTHOR).data(M.upsertSummary, { caseId, sections });
    await as(PLAN_WRITER).data(SUPPORT_M.saveAssessment, { caseId, input: assessmentInput(secrets.support) });
    const planId =
      planOf(state) === 'none'
        ? null
        : (await as(PLAN_WRITER).data<{ draftPlan: { id: string } }>(SUPPORT_M.draftPlan, { caseId, input: planInput(secrets.support, agencyOf(SECTION_AUTHOR)) })).draftPlan.id;
    const referral = await refer(caseId, secrets.referral);

    const consentIds: Record<string, string[] | null> = {};
    for (const consent of sc.consents) {
      if (consent.recordedBy === 'intake') {
        // Recorded by registerIntake itself: read its id back as the counter (on the team).
        const read = await as('counter').request<{ consents: { id: string }[] }>(Q.consents, { caseId });
        consentIds[consent.key] = read.data?.consents.length ? read.data.consents.map((c) => c.id) : null;
      } else {
        consentIds[consent.key] = [await recordConsent(caseId, consent, code)];
      }
    }

    const taskIds: Record<string, string> = {};
    for (const task of sc.tasks.filter((t) => t.conference === null)) taskIds[task.key] = await assign(caseId, task, null, code);

    // The earlier conference: a 重層的支援会議, scheduled, that decided an action item.
    const priorId = await schedule(state, 'prior', caseId, code);
    await acknowledge(state, 'prior', priorId);
    for (const task of sc.tasks.filter((t) => t.conference === 'prior')) taskIds[task.key] = await assign(caseId, task, priorId, code);

    // The conference read by the conference paths; every reader listens to its live room from the start.
    const meeting = meetingOf(state, 'meeting');
    const meetingId = await schedule(state, 'meeting', caseId, code);
    const rooms: Partial<Record<Reader, Collected<RoomEvent>>> = {};
    for (const reader of READERS) rooms[reader] = sockets[reader].subscribe<RoomEvent>(Q.conferenceEvents, { id: meetingId });
    await acknowledge(state, 'meeting', meetingId);
    // The rooms are live once each expected listener has heard an acknowledgement (a late one hears the next events anyway).
    const listeners = READERS.filter((reader) => expectation(reader, state, 'conferenceEvents').conference !== 'NONE');
    await Promise.all(listeners.map((reader) => rooms[reader]?.waitFor((e) => e.conferenceEvents.type === 'ACKNOWLEDGED', 5_000).catch(() => undefined)));

    const minutes = meeting.lifecycle === 'SCHEDULED' ? null : `協議記録 ${code}`;
    const decision = `決定事項 ${code}`;
    if (meeting.lifecycle !== 'SCHEDULED') await as(CHAIR).data(M.start, { id: meetingId });
    if (minutes) await as(CHAIR).data(M.minutes, { conferenceId: meetingId, caseId, text: minutes, expectedVersion: 0 });
    await as(CHAIR).data(M.decision, { conferenceId: meetingId, caseId, text: decision });
    for (const task of sc.tasks.filter((t) => t.conference === 'meeting')) taskIds[task.key] = await assign(caseId, task, meetingId, code);
    if (planId && planOf(state) === 'proposed') await as(CHAIR).data(SUPPORT_M.proposePlan, { id: planId, conferenceId: meetingId });
    if (meeting.lifecycle === 'ENDED_PAST_PERIOD') await as(CHAIR).data(M.end, { id: meetingId });
    if (meeting.lifecycle === 'CANCELLED') await as(CHAIR).data(M.cancel, { id: meetingId, reason: '本人の体調不良 (postponed)' });

    return {
      code,
      secrets,
      caseId,
      referral,
      conferenceIds: { prior: priorId, meeting: meetingId },
      taskIds,
      taskKeyOf: new Map(Object.entries(taskIds).map(([key, id]) => [id, key])),
      consentIds,
      minutes,
      decision,
      rooms,
    };
  }

  /** A case of its own, outside the matrix, with tasks that tell each listener its taskEvents stream is live / has caught up. */
  async function sentinelTasks(): Promise<Partial<Record<Reader, { ready: string; done: string }>>> {
    const subject = { fullName: '見張 役', fullNameKana: 'ミハリ ヤク', birthDate: '1950-05-05', address: '桜市見張町1' };
    const { openCase } = await as('coordinator').data<{ openCase: { id: string } }>(M.openCase, { input: { title: 'sentinel', subject, needs: [] } });
    const listeners = READERS.filter(readsCases);
    for (const reader of listeners) {
      if (reader !== 'coordinator') await as('coordinator').data(M.addTeamMember, { caseId: openCase.id, agencyId: agencyOf(reader) });
    }
    const tasks: Partial<Record<Reader, { ready: string; done: string }>> = {};
    for (const reader of listeners) {
      const task = (title: string) => assign(openCase.id, { key: title, conference: null, assigneeUser: reader }, null, reader);
      tasks[reader] = { ready: await task('ready'), done: await task('done') };
    }
    return tasks;
  }

  const isComment = (taskId: string) => (e: LiveTaskEvent) => e.taskEvents.type === 'COMMENTED' && e.taskEvents.task.id === taskId;

  beforeAll(async () => {
    for (const reader of READERS) {
      staff[reader] = await s.fixtures.staff([PROFILES[reader].role], { sector: PROFILES[reader].sector });
      sockets[reader] = s.app.ws(staff[reader].token);
    }
    await s.app.http.as(await s.fixtures.admin()).data(M.settings, { days: ACCESS_DAYS });

    for (const [index, state] of STATES.entries()) world[state] = await arrange(state, index);
    const sentinel = await sentinelTasks();

    // Past the access period of the meetings that ended already; the ones that end "within" end now.
    clock.advance((ACCESS_DAYS + 1) * DAY);
    for (const state of STATES) {
      if (meetingOf(state, 'meeting').lifecycle === 'ENDED_WITHIN_PERIOD') await as(CHAIR).data(M.end, { id: world[state].conferenceIds.meeting });
    }

    // The live task streams: wait until each is live, move every task of the matrix, then wait until each caught up.
    for (const reader of READERS) live[reader] = sockets[reader].subscribe<LiveTaskEvent>(Q.taskEvents);
    for (const [reader, tasks] of Object.entries(sentinel) as [Reader, { ready: string; done: string }][]) {
      for (let attempt = 1; ; attempt++) {
        await as('coordinator').data(M.comment, { id: tasks.ready, text: `ready ${attempt}` });
        const heard = await live[reader].waitFor(isComment(tasks.ready), 1_000).then(
          () => true,
          () => false,
        );
        // A stream that never hears its own task fails its taskEvents cells, not the arrangement.
        if (heard || attempt === 10) break;
      }
    }
    for (const state of STATES) {
      for (const [key, id] of Object.entries(world[state].taskIds)) await as('coordinator').data(M.comment, { id, text: `live ${key} ${world[state].code}` });
    }
    for (const [reader, tasks] of Object.entries(sentinel) as [Reader, { ready: string; done: string }][]) {
      await as('coordinator').data(M.comment, { id: tasks.done, text: 'done' });
      await live[reader].waitFor(isComment(tasks.done)).catch(() => undefined);
    }
  }, 600_000);

  // -------------------------------------------------------------------------------------
  // Checks shared by the paths.

  const label = (reader: Reader, state: State, path: Path, detail = '') => `${reader} / ${state} / ${path}${detail ? ` / ${detail}` : ''}`;

  function checkRecord(where: string, state: State, node: CaseNode, view: ItemView): void {
    const { subject, note } = world[state].secrets;
    const got = { where, redacted: node.recordRedacted, basis: node.recordBasis, subject: node.subject, intakeNote: node.intakeNote };
    if (view.kind === 'visible') {
      expect({ ...got, intakeNote: note === null ? null : got.intakeNote }).toEqual({ where, redacted: false, basis: view.basis, subject, intakeNote: note });
    } else if (view.kind === 'redacted') {
      expect(got).toEqual({ where, redacted: true, basis: null, subject: null, intakeNote: null });
    } else if (view.kind === 'absent') {
      throw new Error(`${where}: the oracle says the record is absent, yet the case was returned`);
    }
  }

  function checkSection(where: string, state: State, summaries: SummaryNode[] | undefined, item: Item, view: ItemView): void {
    const sections = summaries?.find((summary) => summary.agency.id === agencyOf(SECTION_AUTHOR))?.sections ?? [];
    const section = sections.find((x) => x.category === ITEM_CATEGORY[item]);
    const got = { where, body: section?.body, redacted: section?.redacted, basis: section?.basis };
    if (view.kind === 'visible') expect(got).toEqual({ where, body: world[state].secrets.bodies[item as keyof Secrets['bodies']], redacted: false, basis: view.basis });
    else if (view.kind === 'redacted') expect(got).toEqual({ where, body: null, redacted: true, basis: null });
    else if (view.kind === 'absent') expect({ where, section }).toEqual({ where, section: undefined });
  }

  /** A case as returned on some path: the case itself, who recorded it, and each item per the oracle. */
  function checkCase(where: string, state: State, node: CaseNode | null | undefined, want: PathExpectation, items: readonly Item[]): void {
    expect({ where, returned: Boolean(node) }).toEqual({ where, returned: true });
    if (!node) return;
    const intake = scenario(state).opening === 'intake';
    // Rule 5: whoever sees the case sees that it exists, where it was recorded, and (intake) that it is at INTAKE.
    expect({ where, id: node.id, recordingAgency: node.recordingAgency?.id, status: intake ? node.status : 'n/a' }).toEqual({
      where,
      id: world[state].caseId,
      recordingAgency: agencyOf(recorder(state)),
      status: intake ? 'INTAKE' : 'n/a',
    });
    for (const item of items) {
      if (item === 'RECORD') checkRecord(`${where} / RECORD`, state, node, want.items[item]);
      else checkSection(`${where} / ${item}`, state, node.summaries, item, want.items[item]);
    }
  }

  /** Rule 9: each text of the item, in every owner returned, as the oracle says (an absent item: no owner at all). */
  function checkSupport(where: string, state: State, owners: SupportOwners, want: PathExpectation, items: readonly Item[]): void {
    for (const item of items.filter(isSupportItem)) {
      const view = want.items[item];
      if (view.kind === 'unknown') continue;
      const category = ITEM_CATEGORY[item];
      const text = (secret: string) =>
        view.kind === 'visible' ? { category, text: secret, redacted: false, basis: view.basis } : { category, text: null, redacted: true, basis: null };
      const places = world[state].secrets.support[item].map(text);
      const expected = view.kind === 'absent' ? [] : Array.from({ length: ownersExpected(item) }, () => places);
      expect({ where: `${where} / ${item}`, texts: textsOf(item, owners) }).toEqual({ where: `${where} / ${item}`, texts: expected });
    }
  }

  function checkSupportCase(where: string, state: State, node: SupportCaseNode | null | undefined, want: PathExpectation, items: readonly Item[]): void {
    expect({ where, id: node?.id }).toEqual({ where, id: world[state].caseId });
    if (node) checkSupport(where, state, ownersOfCase(node), want, items);
  }

  /** A case's assessment and plans, or its referrals: whichever the read asked for. */
  function checkContentCase(where: string, state: State, node: ContentCaseNode | null | undefined, want: PathExpectation, items: readonly Item[]): void {
    if (node && 'referrals' in node) checkReferrals(where, state, node, want);
    else checkSupportCase(where, state, node, want, items);
  }

  /** Rule 10: the case's one referral, its content as the oracle says (the referral itself is shown to whoever sees the case). */
  function checkReferrals(where: string, state: State, node: ReferralCaseNode | null | undefined, want: PathExpectation): void {
    const w = world[state];
    expect({ where, id: node?.id }).toEqual({ where, id: w.caseId });
    const view = want.items.REFERRAL;
    if (!node || view.kind === 'unknown') return;
    const shown = view.kind === 'visible' ? { basis: view.basis } : null;
    const expected = view.kind === 'absent' ? [] : [{ id: w.referral.id, agency: { id: agencyOf(REFERRER) }, ...referralSeen(w.secrets.referral, w.referral.resourceId, shown) }];
    expect({ where: `${where} / REFERRAL`, referrals: node.referrals }).toEqual({ where: `${where} / REFERRAL`, referrals: expected });
  }

  /** Nothing of a hidden item anywhere in the raw answer. */
  function checkNoLeak(where: string, state: State, raw: string, want: PathExpectation, items: readonly Item[]): void {
    const hidden = items.filter((item) => want.items[item].kind === 'redacted' || want.items[item].kind === 'absent');
    const leaked = hidden.flatMap((item) => secretStrings(world[state].secrets, item).filter((secret) => raw.includes(secret)).map((secret) => `${item}: ${secret}`));
    expect({ where, leaked }).toEqual({ where, leaked: [] });
  }

  function expectErrors(where: string, reader: Reader, errors: readonly GraphQLErrorBody[] | undefined, caseworkerCode?: string): void {
    expect({ where, failed: (errors?.length ?? 0) > 0 }).toEqual({ where, failed: true });
    if (caseworkerCode && PROFILES[reader].role === Role.CASEWORKER) expect({ where, code: errors?.[0]?.extensions?.code }).toEqual({ where, code: caseworkerCode });
  }

  function expectNoErrors(where: string, errors: readonly GraphQLErrorBody[] | undefined): void {
    expect({ where, errors: errors ?? [] }).toEqual({ where, errors: [] });
  }

  const stateTaskKey = (state: State, taskId: string) => world[state].taskKeyOf.get(taskId);
  const sortedKeys = (keys: Iterable<string>) => [...new Set(keys)].sort();

  async function provisionRecords(state: State): Promise<ProvisionRecordNode[]> {
    return (await as('auditor').data<{ provisionRecords: ProvisionRecordNode[] }>(Q.provisionRecords, { caseId: world[state].caseId })).provisionRecords;
  }

  /** Rule 8: each visible cell of another agency's data left a matching provision record. */
  async function checkProvisions(where: string, reader: Reader, state: State, want: PathExpectation, items: readonly Item[]): Promise<void> {
    const needed = items.flatMap((item) => {
      const view = want.items[item];
      return view.kind === 'visible' && view.provision ? [{ item, provision: view.provision }] : [];
    });
    if (needed.length === 0) return;
    const records = await provisionRecords(state);
    const w = world[state];
    for (const { item, provision } of needed) {
      const consentIds = provision.basis === 'CONSENT' ? provision.consents.flatMap((key) => w.consentIds[key] ?? ['ANY']) : [];
      const found = records.some(
        (r) =>
          r.providerAgency.id === agencyOf(provision.provider) &&
          r.recipientAgency.id === agencyOf(reader) &&
          r.recipientUser?.id === staff[reader].id &&
          r.basis === provision.basis &&
          r.categories.includes(provision.category) &&
          r.subjectName === w.secrets.subject.fullName &&
          (provision.basis === 'CONSENT'
            ? r.consentId !== null && (consentIds.includes('ANY') || consentIds.includes(r.consentId))
            : r.conferenceId === (provision.conference ? w.conferenceIds[provision.conference] : null)),
      );
      expect({ where, item, provider: provision.provider, basis: provision.basis, provisionRecorded: found }).toEqual({
        where,
        item,
        provider: provision.provider,
        basis: provision.basis,
        provisionRecorded: true,
      });
      const action = provisionAction(item);
      if (!action) continue;
      // Rule 9: recorded by the read of this item (the case record's BASIC data of the same provider would not tell).
      const events = await providedEvents(state, action, staff[reader].id);
      const byThisRead = events.some(
        (e) =>
          e.providerAgencyId === agencyOf(provision.provider) &&
          e.recipientAgencyId === agencyOf(reader) &&
          e.basis === provision.basis &&
          e.categories.includes(provision.category) &&
          (provision.basis === 'CONSENT'
            ? e.consentId !== null && (consentIds.includes('ANY') || consentIds.includes(e.consentId))
            : e.conferenceId === (provision.conference ? w.conferenceIds[provision.conference] : null)),
      );
      expect({ where, item, action, recorded: byThisRead }).toEqual({ where, item, action, recorded: true });
    }
  }

  /** The provisions an action recorded on the state's case (of one recipient user, if given), from the audit trail. */
  async function providedEvents(state: State, action: string, actorId?: string): Promise<ProvidedEventNode[]> {
    const filter = { caseId: world[state].caseId, action, ...(actorId ? { actorId } : {}) };
    const events: ProvidedEventNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { auditEvents }: { auditEvents: Page<ProvidedEventNode> } = await as('auditor').data<{ auditEvents: Page<ProvidedEventNode> }>(SUPPORT_Q.provided, { first: 100, after, filter });
      events.push(...auditEvents.edges.map((edge) => edge.node));
      if (!auditEvents.pageInfo.hasNextPage) break;
      after = auditEvents.pageInfo.endCursor;
    }
    return events;
  }

  // Lists read once per reader (they answer for every state at once).
  const LISTS = {
    cases: { query: Q.cases, field: 'cases', variables: { first: 100 } },
    casesSupport: { query: SUPPORT_Q.cases, field: 'cases', variables: {} },
    casesReferrals: { query: REFERRAL_Q.cases, field: 'cases', variables: { first: 100 } },
    taskEventsSince: { query: Q.taskEventsSince, field: 'taskEventsSince', variables: { first: 100 } },
  } as const;
  const listsOf = new Map<string, Promise<{ nodes: unknown[]; raw: string; errors: GraphQLErrorBody[] }>>();
  function pagedOnce<T>(reader: Reader, name: keyof typeof LISTS): Promise<{ nodes: T[]; raw: string; errors: GraphQLErrorBody[] }> {
    const key = `${reader}|${name}`;
    let list = listsOf.get(key);
    if (!list) {
      list = (async () => {
        const nodes: unknown[] = [];
        const raws: string[] = [];
        const errors: GraphQLErrorBody[] = [];
        let after: string | null = null;
        for (let page = 0; page < 20; page++) {
          const result: { data?: Record<string, Page<unknown>> | null; errors?: GraphQLErrorBody[]; raw: string } = await as(reader).request<Record<string, Page<unknown>>>(
            LISTS[name].query,
            { ...LISTS[name].variables, after },
          );
          raws.push(result.raw);
          errors.push(...(result.errors ?? []));
          const connection = result.data?.[LISTS[name].field];
          if (!connection) break;
          nodes.push(...connection.edges.map((edge) => edge.node));
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        return { nodes, raw: raws.join('\n'), errors };
      })();
      listsOf.set(key, list);
    }
    return list as Promise<{ nodes: T[]; raw: string; errors: GraphQLErrorBody[] }>;
  }

  // One read per reader × state × query: the assessment and the plan's answers both of their paths; the referrals' is a read of its own.
  const contentReads = new Map<string, Promise<GraphQLResponse<unknown>>>();
  function readContentOnce<T>(reader: Reader, state: State, path: Path, door: 'case' | 'task' | 'agendaCase' | 'agendaPlan'): Promise<GraphQLResponse<T>> {
    // The plan an agenda item carries has no referral to it.
    const query = door === 'agendaPlan' || !isReferralPath(path) ? SUPPORT_Q[door] : REFERRAL_Q[door];
    const key = `${reader}|${state}|${query}`;
    let read = contentReads.get(key);
    if (!read) {
      const w = world[state];
      const ids = { case: w.caseId, task: w.taskIds[TASK_CASE_KEY], agendaCase: w.conferenceIds.meeting, agendaPlan: w.conferenceIds.meeting };
      read = as(reader).request(query, { id: ids[door] });
      contentReads.set(key, read);
    }
    return read as Promise<GraphQLResponse<T>>;
  }

  /** The tasks of a list that belong to the state, as the oracle's keys, each with its case checked. */
  function checkTaskList(where: string, state: State, tasks: readonly TaskNode[], want: PathExpectation, items: readonly Item[]): void {
    const mine = tasks.filter((task) => stateTaskKey(state, task.id) !== undefined);
    if (want.tasks !== null) expect({ where, tasks: sortedKeys(mine.map((t) => stateTaskKey(state, t.id) ?? '')) }).toEqual({ where, tasks: sortedKeys(want.tasks) });
    for (const task of mine) checkCase(`${where} / ${stateTaskKey(state, task.id)}`, state, task.case, want, items);
  }

  // -------------------------------------------------------------------------------------
  // One request per reader × state × path.

  async function readPath(reader: Reader, state: State, path: Path): Promise<void> {
    const want = expectation(reader, state, path);
    const items = PATH_ITEMS[path];
    const where = label(reader, state, path);
    const w = world[state];
    const meetingId = w.conferenceIds.meeting;
    let raw: string;

    switch (path) {
      case 'case': {
        const result = await as(reader).request<{ case: CaseNode | null }>(Q.case, { id: w.caseId });
        raw = result.raw;
        if (want.found) {
          expectNoErrors(where, result.errors);
          checkCase(where, state, result.data?.case, want, items);
        } else {
          // Rule 1: exactly as for a case that does not exist.
          expect({ where, code: result.errors?.[0]?.extensions?.code, case: result.data?.case ?? null }).toEqual({ where, code: 'NOT_FOUND', case: null });
        }
        break;
      }
      case 'cases': {
        const list = await pagedOnce<CaseNode>(reader, 'cases');
        raw = list.raw;
        if (readsCases(reader)) expectNoErrors(where, list.errors);
        const node = list.nodes.find((n) => n.id === w.caseId);
        if (want.found) checkCase(where, state, node, want, items);
        else expect({ where, listed: Boolean(node) }).toEqual({ where, listed: false });
        break;
      }
      case 'task.case': {
        const result = await as(reader).request<{ task: TaskNode | null }>(Q.task, { id: w.taskIds[TASK_CASE_KEY] });
        raw = result.raw;
        if (want.found) {
          expectNoErrors(where, result.errors);
          checkCase(where, state, result.data?.task?.case, want, items);
        } else {
          expect({ where, code: result.errors?.[0]?.extensions?.code, task: result.data?.task ?? null }).toEqual({ where, code: 'NOT_FOUND', task: null });
        }
        break;
      }
      case 'myTasks': {
        const result = await as(reader).request<{ myTasks: TaskNode[] }>(Q.myTasks);
        raw = result.raw;
        if (readsCases(reader)) expectNoErrors(where, result.errors);
        checkTaskList(where, state, result.data?.myTasks ?? [], want, items);
        break;
      }
      case 'taskEventsSince': {
        const list = await pagedOnce<TaskEventNode>(reader, 'taskEventsSince');
        raw = list.raw;
        if (readsCases(reader)) expectNoErrors(where, list.errors);
        checkTaskList(
          where,
          state,
          list.nodes.map((event) => event.task),
          want,
          items,
        );
        break;
      }
      case 'taskEvents': {
        const stream = live[reader];
        // Each expected task was moved (commented on) after the stream was live: wait for its event.
        for (const key of want.tasks ?? []) await stream.waitFor((e) => e.taskEvents.task.id === w.taskIds[key], 5_000).catch(() => undefined);
        raw = JSON.stringify(stream.items);
        checkTaskList(
          where,
          state,
          stream.items.map((e) => e.taskEvents.task),
          want,
          items,
        );
        break;
      }
      case 'agenda.case': {
        type Agenda = { caseId: string | null; minutes: string | null; decisions: { text: string }[]; case: CaseNode | null }[];
        const result = await as(reader).request<{ conference: { id: string; agenda: Agenda } | null }>(Q.agendaCase, { id: meetingId });
        raw = result.raw;
        const agenda = result.data?.conference?.agenda;
        if (want.conference === 'NONE') {
          expectErrors(where, reader, result.errors, 'NOT_FOUND');
          expect({ where, conference: result.data?.conference ?? null }).toEqual({ where, conference: null });
        } else if (want.conference === 'WITHOUT_CONTENT') {
          expectNoErrors(where, result.errors);
          expect({ where, agenda }).toEqual({ where, agenda: [{ caseId: null, minutes: null, decisions: [], case: null }] });
        } else {
          expectNoErrors(where, result.errors);
          const item = agenda?.[0];
          if (want.meetingContent === 'shown') {
            expect({ where, caseId: item?.caseId, decisions: item?.decisions.map((d) => d.text), minutesWritten: w.minutes ? Boolean(item?.minutes?.includes(w.minutes)) : null }).toEqual({
              where,
              caseId: w.caseId,
              decisions: [w.decision],
              minutesWritten: w.minutes ? true : null,
            });
          }
          // Rule 6: agenda.case goes through the same door as case(id).
          if (want.found) checkCase(where, state, item?.case, want, items);
          else expect({ where, case: item?.case ?? null }).toEqual({ where, case: null });
        }
        break;
      }
      case 'agenda.summaries': {
        type Agenda = { caseId: string | null; summaries: SummaryNode[] }[];
        const result = await as(reader).request<{ conference: { id: string; agenda: Agenda } | null }>(Q.agendaSummaries, { id: meetingId });
        raw = result.raw;
        const agenda = result.data?.conference?.agenda;
        if (want.conference === 'NONE') {
          expectErrors(where, reader, result.errors, 'NOT_FOUND');
        } else if (want.conference === 'WITHOUT_CONTENT') {
          expectNoErrors(where, result.errors);
          expect({ where, agenda }).toEqual({ where, agenda: [{ caseId: null, summaries: [] }] });
        } else {
          expectNoErrors(where, result.errors);
          if (want.meetingContent === 'shown') expect({ where, caseId: agenda?.[0]?.caseId }).toEqual({ where, caseId: w.caseId });
          if (want.found) for (const item of items) checkSection(`${where} / ${item}`, state, agenda?.[0]?.summaries, item, want.items[item]);
          else expect({ where, summaries: agenda?.[0]?.summaries }).toEqual({ where, summaries: [] });
        }
        break;
      }
      case 'openActionItems': {
        const result = await as(reader).request<{ conference: { id: string; openActionItems: TaskNode[] } | null }>(Q.openActionItems, { id: meetingId });
        raw = result.raw;
        if (want.conference === 'NONE') {
          expectErrors(where, reader, result.errors, 'NOT_FOUND');
        } else {
          expectNoErrors(where, result.errors);
          checkTaskList(where, state, result.data?.conference?.openActionItems ?? [], want, items);
        }
        break;
      }
      case 'conferenceRecord': {
        const result = await as(reader).request<{ conferenceRecord: string | null }>(Q.conferenceRecord, { id: meetingId });
        raw = result.raw;
        const document = result.data?.conferenceRecord ?? null;
        if (want.conference === 'NONE') {
          expectErrors(where, reader, result.errors, 'NOT_FOUND');
        } else if (want.conference === 'WITHOUT_CONTENT') {
          // The case content of the meeting is only for those who acknowledged confidentiality.
          expect({ where, decisionShown: document?.includes(w.decision) ?? false }).toEqual({ where, decisionShown: false });
        } else {
          expectNoErrors(where, result.errors);
          if (want.meetingContent === 'shown') expect({ where, decisionShown: document?.includes(w.decision) ?? false }).toEqual({ where, decisionShown: true });
          const record = want.items.RECORD;
          if (record.kind === 'visible') expect({ where, nameShown: document?.includes(w.secrets.subject.fullName) ?? false }).toEqual({ where, nameShown: true });
        }
        break;
      }
      case 'case.assessment':
      case 'case.plans':
      case 'case.referrals': {
        const result = await readContentOnce<{ case: ContentCaseNode | null }>(reader, state, path, 'case');
        raw = result.raw;
        if (want.found) {
          expectNoErrors(where, result.errors);
          checkContentCase(where, state, result.data?.case, want, items);
        } else {
          expect({ where, code: result.errors?.[0]?.extensions?.code, case: result.data?.case ?? null }).toEqual({ where, code: 'NOT_FOUND', case: null });
        }
        break;
      }
      case 'cases.assessment':
      case 'cases.plans':
      case 'cases.referrals': {
        const list = await pagedOnce<ContentCaseNode>(reader, isReferralPath(path) ? 'casesReferrals' : 'casesSupport');
        raw = list.raw;
        if (readsCases(reader)) expectNoErrors(where, list.errors);
        const node = list.nodes.find((n) => n.id === w.caseId);
        if (want.found) checkContentCase(where, state, node, want, items);
        else expect({ where, listed: Boolean(node) }).toEqual({ where, listed: false });
        break;
      }
      case 'task.case.assessment':
      case 'task.case.plans':
      case 'task.case.referrals': {
        const result = await readContentOnce<{ task: { id: string; case: ContentCaseNode | null } | null }>(reader, state, path, 'task');
        raw = result.raw;
        if (want.found) {
          expectNoErrors(where, result.errors);
          checkContentCase(where, state, result.data?.task?.case, want, items);
        } else {
          expect({ where, code: result.errors?.[0]?.extensions?.code, task: result.data?.task ?? null }).toEqual({ where, code: 'NOT_FOUND', task: null });
        }
        break;
      }
      case 'agenda.case.assessment':
      case 'agenda.case.plans':
      case 'agenda.case.referrals':
      case 'agenda.plan': {
        type Agenda = { caseId: string | null; case?: ContentCaseNode | null; plan?: PlanNode | null }[];
        const door = path === 'agenda.plan' ? 'agendaPlan' : 'agendaCase';
        const result = await readContentOnce<{ conference: { id: string; agenda: Agenda } | null }>(reader, state, path, door);
        raw = result.raw;
        const agenda = result.data?.conference?.agenda;
        if (want.conference === 'NONE') {
          expectErrors(where, reader, result.errors, 'NOT_FOUND');
        } else if (want.conference === 'WITHOUT_CONTENT') {
          expectNoErrors(where, result.errors);
          expect({ where, agenda }).toEqual({ where, agenda: [door === 'agendaPlan' ? { caseId: null, plan: null } : { caseId: null, case: null }] });
        } else {
          expectNoErrors(where, result.errors);
          const item = agenda?.[0];
          if (path === 'agenda.plan') checkSupport(where, state, { assessments: [], plans: item?.plan ? [item.plan] : [] }, want, items);
          else if (want.found) checkContentCase(where, state, item?.case, want, items);
          else expect({ where, case: item?.case ?? null }).toEqual({ where, case: null });
        }
        break;
      }
      case 'conferenceEvents': {
        const room = w.rooms[reader];
        if (want.conference === 'NONE') {
          expect({ where, events: room?.items ?? [] }).toEqual({ where, events: [] });
        } else if (want.meetingContent !== 'unstated') {
          const decided = await room?.waitFor((e) => e.conferenceEvents.type === 'DECISION_RECORDED', 5_000).catch(() => undefined);
          const shown = want.meetingContent === 'shown';
          expect({ where, decision: decided?.conferenceEvents.text ?? null, caseId: decided?.conferenceEvents.caseId ?? null }).toEqual({
            where,
            decision: shown ? w.decision : null,
            caseId: shown ? w.caseId : null,
          });
          if (!shown) {
            const withContent = (room?.items ?? []).filter((e) => e.conferenceEvents.text !== null || e.conferenceEvents.caseId !== null);
            expect({ where, withContent }).toEqual({ where, withContent: [] });
          }
        }
        raw = JSON.stringify(room?.items ?? []);
        break;
      }
    }
    checkNoLeak(where, state, raw, want, items);
    await checkProvisions(where, reader, state, want, items);
  }

  // -------------------------------------------------------------------------------------

  const cells = READERS.flatMap((reader) => STATES.flatMap((state) => PATHS.flatMap((path) => cellsOf(reader, state, path).map((item) => [reader, state, path, item] as const))));

  it(`asserts ${cells.length} cells: ${READERS.length} readers × ${STATES.length} basis states × ${PATHS.length} paths × the categories each path answers`, () => {
    expect(cells.length).toBeGreaterThanOrEqual(1500);
  });

  it.each(READERS.flatMap((reader) => STATES.flatMap((state) => PATHS.map((path) => [reader, state, path] as const))))('%s reads the %s case through %s', (reader, state, path) =>
    readPath(reader, state, path),
  );

  /** The provisions of the list that no cell of these items allows (the recipient named by user, else by agency). */
  function unexpectedProvisions(state: State, provided: readonly Provided[], of: readonly Item[] = ITEMS) {
    const readerOf = (p: Provided) => READERS.find((reader) => (p.recipientUserId ? staff[reader].id === p.recipientUserId : agencyOf(reader) === p.recipientAgencyId));
    const providerOf = (agencyId: string | null) => READERS.find((reader) => agencyOf(reader) === agencyId);
    return provided.flatMap((p) => {
      const reader = readerOf(p);
      const provider = providerOf(p.providerAgencyId);
      const allowed = reader ? allowedProvisions(reader, state, of) : [];
      const extra = p.categories.filter((category) => !allowed.some((a) => a.provider === provider && a.basis === p.basis && a.category === category));
      return extra.length > 0 ? [{ recipient: reader ?? p.recipientAgencyId, provider: provider ?? p.providerAgencyId, basis: p.basis, categories: extra }] : [];
    });
  }

  // Rule 8 the other way round: a read that returned nothing of another agency's data wrote no provision.
  it.each(STATES)('%s: every provision record on the case is one the oracle shows', async (state) => {
    const records = (await provisionRecords(state)).map((r) => ({
      recipientUserId: r.recipientUser?.id ?? null,
      recipientAgencyId: r.recipientAgency.id,
      providerAgencyId: r.providerAgency.id,
      basis: r.basis,
      categories: r.categories,
    }));
    expect({ state, unexpected: unexpectedProvisions(state, records) }).toEqual({ state, unexpected: [] });
  });

  // Rule 9 the other way round: what a read of the assessment or the plan recorded is what the oracle shows of them.
  const ACTIONS = [...new Set(ITEMS.map(provisionAction).filter((action) => action !== null))];
  it.each(STATES.flatMap((state) => ACTIONS.map((action) => [state, action] as const)))('%s: every %s record is one the oracle shows of those texts', async (state, action) => {
    const events = (await providedEvents(state, action)).map((e) => ({ ...e, recipientUserId: e.actorId }));
    const of = ITEMS.filter((item) => provisionAction(item) === action);
    expect({ state, action, unexpected: unexpectedProvisions(state, events, of) }).toEqual({ state, action, unexpected: [] });
  });
});
