import { DataCategory, Purpose, Role, Sector } from '@renkei/kernel';

/**
 * The oracle of the permission matrix over every path that returns a person's data: the
 * scenario (who the readers are, which basis state each case is in) as plain data, and what
 * each reader must get through each path, derived from the domain rules alone — nothing
 * here looks at how the server decides. Pure functions: no I/O, no ids.
 *
 * The rules, as numbered in the brief this test was written from:
 *  1 existence · 2 the case record (BASIC, the recording agency's data) · 3 summary sections ·
 *  4 the 支援会議 basis · 5 intake with/without consent to connect · 6 conference content ·
 *  7 tasks · 8 provision records (提供記録) · 9 the assessment and the support plan (issue 13:
 *  written by the coordinator; each text is the coordinator's agency's data of its category,
 *  visible exactly as a summary section of that provider and category) · 10 the referral (参加支援
 *  のつなぎ, issue 15: its content — the resource, the notes, what the host may know, the
 *  history's notes — is the referring agency's data of category PARTICIPATION, visible exactly
 *  as a summary section of that provider and category: OWN_AGENCY, CONSENT covering
 *  PARTICIPATION for the purpose, SUPPORT_MEETING; nothing for ADMIN or AUDITOR or a reader the
 *  case does not exist for; what is shown of it is recorded as `case.referral_provided`).
 */

// ---------------------------------------------------------------------------------------
// Readers: each works in an agency of their own, so a reader's name also names its agency.

export const READERS = ['coordinator', 'author', 'counter', 'team', 'member', 'unack', 'outsider', 'admin', 'auditor'] as const;
export type Reader = (typeof READERS)[number];

export interface Profile {
  readonly sector: Sector;
  readonly role: Role;
  readonly description: string;
}

export const PROFILES: Readonly<Record<Reader, Profile>> = {
  coordinator: { sector: Sector.WELFARE, role: Role.COORDINATOR, description: 'the coordinating body: opens cases, chairs every conference' },
  author: { sector: Sector.HEALTH, role: Role.CASEWORKER, description: 'on every team; writes the HEALTH, FINANCES and BASIC sections' },
  counter: { sector: Sector.HOUSING, role: Role.CASEWORKER, description: 'on every team; takes intakes (断らない相談支援)' },
  team: { sector: Sector.LEGAL, role: Role.CASEWORKER, description: 'on every team; a member of the 重層的支援会議 only' },
  member: { sector: Sector.EMPLOYMENT, role: Role.CASEWORKER, description: 'a meeting member that acknowledged confidentiality, on no team' },
  unack: { sector: Sector.EDUCATION, role: Role.CASEWORKER, description: 'a meeting member that never acknowledges confidentiality' },
  outsider: { sector: Sector.CHILD_FAMILY, role: Role.CASEWORKER, description: 'on no team, in no meeting' },
  admin: { sector: Sector.ADMINISTRATION, role: Role.ADMIN, description: 'administrator' },
  auditor: { sector: Sector.ADMINISTRATION, role: Role.AUDITOR, description: 'personal-information officer' },
};

/** Every conference is scheduled and chaired by the coordinator. */
export const CHAIR: Reader = 'coordinator';
/** The agency whose summary sections are read. */
export const SECTION_AUTHOR: Reader = 'author';
/** Rule 9: the assessment and the plan are written by the coordinator, so their texts are its agency's data. */
export const PLAN_WRITER: Reader = 'coordinator';
/** Rule 10: the author (on every team) refers the person on every case, so the referral is its agency's data. */
export const REFERRER: Reader = SECTION_AUTHOR;

// ---------------------------------------------------------------------------------------
// What is read: the case record (the recording agency's BASIC data), three sections of the
// author's summary (the author's BASIC section is a different provider's BASIC data), texts
// of the coordinator's assessment and plan (rule 9), and the author's referral (rule 10).

export const SECTION_ITEMS = ['HEALTH', 'FINANCES', 'BASIC_SECTION'] as const;
/** The case record and the author's sections: what the case paths carry. */
export const CASE_ITEMS = ['RECORD', ...SECTION_ITEMS] as const;
/** The assessment's HEALTH domain (domain:HEALTH) and the household's situation (household, FAMILY). */
export const ASSESSMENT_ITEMS = ['ASSESSMENT_HEALTH', 'ASSESSMENT_FAMILY'] as const;
/** The person's wishes (BASIC), the family's wishes (FAMILY), a FINANCES goal's text with its role's action (the goal's category). */
export const PLAN_ITEMS = ['PLAN_WISHES', 'PLAN_FAMILY_WISHES', 'PLAN_GOAL_FINANCES'] as const;
/** The author's referral of the person to a local resource: its content as one item (rule 10). */
export const REFERRAL_ITEMS = ['REFERRAL'] as const;
export const ITEMS = [...CASE_ITEMS, ...ASSESSMENT_ITEMS, ...PLAN_ITEMS, ...REFERRAL_ITEMS] as const;
export type Item = (typeof ITEMS)[number];
export type AssessmentItem = (typeof ASSESSMENT_ITEMS)[number];
export type PlanItem = (typeof PLAN_ITEMS)[number];
export type SupportItem = AssessmentItem | PlanItem;
export const ITEM_CATEGORY: Readonly<Record<Item, DataCategory>> = {
  RECORD: DataCategory.BASIC,
  HEALTH: DataCategory.HEALTH,
  FINANCES: DataCategory.FINANCES,
  BASIC_SECTION: DataCategory.BASIC,
  ASSESSMENT_HEALTH: DataCategory.HEALTH,
  ASSESSMENT_FAMILY: DataCategory.FAMILY,
  PLAN_WISHES: DataCategory.BASIC,
  PLAN_FAMILY_WISHES: DataCategory.FAMILY,
  PLAN_GOAL_FINANCES: DataCategory.FINANCES,
  REFERRAL: DataCategory.PARTICIPATION,
};

const isAssessmentItem = (item: Item): item is AssessmentItem => (ASSESSMENT_ITEMS as readonly Item[]).includes(item);
const isPlanItem = (item: Item): item is PlanItem => (PLAN_ITEMS as readonly Item[]).includes(item);
export const isSupportItem = (item: Item): item is SupportItem => isAssessmentItem(item) || isPlanItem(item);

/**
 * Rule 8 names no action; rules 9 and 10 do: what is shown of an assessment, a plan or a
 * referral is recorded as `case.assessment_provided` / `case.plan_provided` /
 * `case.referral_provided`, so those cells are told apart from the case record's BASIC data
 * of the same provider.
 */
export function provisionAction(item: Item): 'case.assessment_provided' | 'case.plan_provided' | 'case.referral_provided' | null {
  if (isAssessmentItem(item)) return 'case.assessment_provided';
  if (item === 'REFERRAL') return 'case.referral_provided';
  return isPlanItem(item) ? 'case.plan_provided' : null;
}

// ---------------------------------------------------------------------------------------
// The paths, with the items each answers and the purpose its reads serve.

export const PATHS = [
  'case',
  'cases',
  'task.case',
  'myTasks',
  'taskEventsSince',
  'taskEvents',
  'agenda.case',
  'agenda.summaries',
  'openActionItems',
  'conferenceRecord',
  'conferenceEvents',
  // Rule 9: Case.assessment/assessments and Case.plans through each door to a case, and the plan an agenda item carries.
  'case.assessment',
  'case.plans',
  'cases.assessment',
  'cases.plans',
  'task.case.assessment',
  'task.case.plans',
  'agenda.case.assessment',
  'agenda.case.plans',
  'agenda.plan',
  // Rule 10: Case.referrals through each door to a case.
  'case.referrals',
  'cases.referrals',
  'task.case.referrals',
  'agenda.case.referrals',
] as const;
export type Path = (typeof PATHS)[number];

export const PATH_ITEMS: Readonly<Record<Path, readonly Item[]>> = {
  case: CASE_ITEMS,
  cases: CASE_ITEMS,
  'task.case': CASE_ITEMS,
  myTasks: CASE_ITEMS,
  taskEventsSince: CASE_ITEMS,
  taskEvents: CASE_ITEMS,
  'agenda.case': ['RECORD'],
  'agenda.summaries': SECTION_ITEMS,
  openActionItems: ['RECORD'],
  // The record: the person's name only on a basis; a section's body never; a plan only as
  // approved in the meeting (none is: the plans here are drafted or proposed), an assessment
  // or a referral never.
  conferenceRecord: ITEMS,
  // The live room carries minutes and decisions, never the record, a section, an assessment, a plan or a referral.
  conferenceEvents: ITEMS,
  'case.assessment': ASSESSMENT_ITEMS,
  'case.plans': PLAN_ITEMS,
  'cases.assessment': ASSESSMENT_ITEMS,
  'cases.plans': PLAN_ITEMS,
  'task.case.assessment': ASSESSMENT_ITEMS,
  'task.case.plans': PLAN_ITEMS,
  'agenda.case.assessment': ASSESSMENT_ITEMS,
  'agenda.case.plans': PLAN_ITEMS,
  'agenda.plan': PLAN_ITEMS,
  'case.referrals': REFERRAL_ITEMS,
  'cases.referrals': REFERRAL_ITEMS,
  'task.case.referrals': REFERRAL_ITEMS,
  'agenda.case.referrals': REFERRAL_ITEMS,
};

/** The conference paths read "in this meeting": purpose CONFERENCE, only this meeting counts. */
const CONFERENCE_VIEWS: ReadonlySet<Path> = new Set<Path>([
  'agenda.case',
  'agenda.summaries',
  'openActionItems',
  'conferenceRecord',
  'conferenceEvents',
  // A case reached through the agenda keeps the meeting's scope for its fields (rule 6).
  'agenda.case.assessment',
  'agenda.case.plans',
  'agenda.plan',
  'agenda.case.referrals',
]);

export function purposeOf(path: Path): Purpose {
  return CONFERENCE_VIEWS.has(path) ? Purpose.CONFERENCE : Purpose.CASE_COORDINATION;
}

// ---------------------------------------------------------------------------------------
// The scenario: one case per basis state, each with its own meetings and tasks.

export type MeetingKind = 'SUPPORT_MEETING' | 'MULTI_AGENCY_MEETING';
export type Lifecycle = 'SCHEDULED' | 'IN_PROGRESS' | 'ENDED_WITHIN_PERIOD' | 'ENDED_PAST_PERIOD' | 'CANCELLED';
export type MeetingKey = 'prior' | 'meeting';

export interface Meeting {
  readonly kind: MeetingKind;
  /** Participant agencies (構成員); the chair's agency is a member too. */
  readonly participants: readonly Reader[];
  /** Users who acknowledged confidentiality (守秘義務) for this meeting. */
  readonly acknowledged: readonly Reader[];
  /** SCHEDULED: never started; CANCELLED: started, then cancelled. */
  readonly lifecycle: Lifecycle;
}

export interface ProvisionSpec {
  readonly effect: 'PERMIT' | 'DENY';
  readonly agencies?: readonly Reader[];
  readonly sectors?: readonly Sector[];
  readonly toCoordinatingBody?: boolean;
  readonly categories: readonly DataCategory[];
  readonly purposes: readonly Purpose[];
  /** The rules do not say whether purposes beyond `purposes` are covered (the consent recorded at intake). */
  readonly otherPurposesUnstated?: boolean;
}

export interface ConsentSpec {
  readonly key: string;
  /** Who records it: `intake` is the consent to connect that registerIntake records itself. */
  readonly recordedBy: 'coordinator' | 'author' | 'intake';
  /** Whose data it covers; COMMON: the common consent form (every team agency's data). */
  readonly providers: readonly Reader[] | 'COMMON';
  readonly validity: 'IN_FORCE' | 'EXPIRED' | 'REVOKED';
  readonly provisions: readonly ProvisionSpec[];
}

export interface TaskSpec {
  readonly key: string;
  /** The conference that decided it (an action item), if any. */
  readonly conference: MeetingKey | null;
  readonly assigneeUser?: Reader;
  readonly assigneeAgency?: Reader;
}

export interface Scenario {
  readonly description: string;
  readonly opening: 'openCase' | 'intake';
  /** registerIntake's consentToConnect.given. */
  readonly consentToConnect?: boolean;
  readonly consents: readonly ConsentSpec[];
  /** An earlier 重層的支援会議 on the case, scheduled only, that decided an open action item. */
  readonly prior: Meeting;
  /** The conference whose view the conference paths read. */
  readonly meeting: Meeting;
  readonly tasks: readonly TaskSpec[];
}

const CC = Purpose.CASE_COORDINATION;
const CONF = Purpose.CONFERENCE;
const { BASIC, HEALTH, FINANCES, FAMILY, PARTICIPATION } = DataCategory;

const PRIOR: Meeting = { kind: 'MULTI_AGENCY_MEETING', participants: ['author', 'member'], acknowledged: ['coordinator'], lifecycle: 'SCHEDULED' };

/** The task every reader asks for by id (task.case). */
export const TASK_CASE_KEY = 'toTeamAgency';

const TASKS: readonly TaskSpec[] = [
  { key: TASK_CASE_KEY, conference: null, assigneeAgency: 'team' },
  { key: 'toAuthor', conference: null, assigneeUser: 'author' },
  { key: 'toCoordinator', conference: null, assigneeUser: 'coordinator' },
  { key: 'toCounter', conference: null, assigneeUser: 'counter' },
  { key: 'priorActionItem', conference: 'prior', assigneeAgency: 'author' },
];
/** An action item of the meeting for an agency that takes part but is not on the team (rule 7 adds it). */
const MEETING_ACTION_ITEM: TaskSpec = { key: 'meetingActionItem', conference: 'meeting', assigneeAgency: 'unack' };

const multiAgency = (withCounter = false): Meeting => ({
  kind: 'MULTI_AGENCY_MEETING',
  participants: [...(withCounter ? (['counter'] as const) : []), 'author', 'member', 'unack', 'team'],
  acknowledged: ['coordinator', ...(withCounter ? (['counter'] as const) : []), 'author', 'member', 'team'],
  lifecycle: 'IN_PROGRESS',
});

const supportMeeting = (lifecycle: Lifecycle, options: { withCounter?: boolean; withoutAuthor?: boolean } = {}): Meeting => {
  const counter = options.withCounter ? (['counter'] as const) : [];
  const author = options.withoutAuthor ? [] : (['author'] as const);
  return { kind: 'SUPPORT_MEETING', participants: [...counter, ...author, 'member', 'unack'], acknowledged: ['coordinator', ...counter, ...author, 'member'], lifecycle };
};

const common = (key: string, validity: ConsentSpec['validity'], provisions: readonly ProvisionSpec[]): ConsentSpec => ({ key, recordedBy: 'coordinator', providers: 'COMMON', validity, provisions });
const legalAndCoordinator = (categories: readonly DataCategory[], purposes: readonly Purpose[] = [CC, CONF]): ProvisionSpec => ({
  effect: 'PERMIT',
  sectors: [Sector.LEGAL],
  toCoordinatingBody: true,
  categories,
  purposes,
});

const openCase = (description: string, meeting: Meeting, consents: readonly ConsentSpec[] = [], tasks: readonly TaskSpec[] = TASKS): Scenario => ({
  description,
  opening: 'openCase',
  consents,
  prior: PRIOR,
  meeting,
  tasks,
});

// PARTICIPATION (rule 10) is data of the referral only: adding it to a consent changes no other cell.
export const SCENARIOS = {
  multiNoConsent: openCase('重層的支援会議 in progress, no consent', multiAgency()),
  consentByProvider: openCase('the author records consent for its own data (providerAgencyIds = [author])', multiAgency(), [
    { key: 'byAuthor', recordedBy: 'author', providers: ['author'], validity: 'IN_FORCE', provisions: [legalAndCoordinator([BASIC, HEALTH, PARTICIPATION])] },
  ]),
  commonConsent: openCase('the coordinator records the common consent form', multiAgency(), [common('common', 'IN_FORCE', [legalAndCoordinator([BASIC, HEALTH, PARTICIPATION])])]),
  // FAMILY is data of the coordinator's assessment and plan only (rule 9): permitted here so it is also seen on consent.
  commonConsentDeny: openCase('common form permitting LEGAL and HOUSING, and a DENY of HEALTH and PARTICIPATION to HOUSING', multiAgency(), [
    common('common', 'IN_FORCE', [
      { effect: 'PERMIT', sectors: [Sector.LEGAL, Sector.HOUSING], toCoordinatingBody: true, categories: [BASIC, HEALTH, FINANCES, FAMILY, PARTICIPATION], purposes: [CC, CONF] },
    ]),
    common('deny', 'IN_FORCE', [{ effect: 'DENY', sectors: [Sector.HOUSING], categories: [HEALTH, PARTICIPATION], purposes: [CC, CONF] }]),
  ]),
  consentExpired: openCase('common form, expired', multiAgency(), [common('common', 'EXPIRED', [legalAndCoordinator([BASIC, HEALTH, FINANCES, PARTICIPATION])])]),
  consentRevoked: openCase('common form, revoked', multiAgency(), [common('common', 'REVOKED', [legalAndCoordinator([BASIC, HEALTH, FINANCES, PARTICIPATION])])]),
  consentConferenceOnly: openCase('common form for the CONFERENCE purpose only; HEALTH also to the member agency, which is on no team', multiAgency(), [
    common('common', 'IN_FORCE', [legalAndCoordinator([BASIC, HEALTH, PARTICIPATION], [CONF]), { effect: 'PERMIT', agencies: ['member'], categories: [HEALTH], purposes: [CONF] }]),
  ]),
  supportNotStarted: openCase('支援会議 scheduled, not started', supportMeeting('SCHEDULED')),
  supportInProgress: openCase('支援会議 in progress; an action item for the unacknowledged member agency', supportMeeting('IN_PROGRESS'), [], [...TASKS, MEETING_ACTION_ITEM]),
  supportEndedWithin: openCase('支援会議 ended, within the access period', supportMeeting('ENDED_WITHIN_PERIOD')),
  supportEndedPast: openCase('支援会議 ended, past the access period; its action item still open', supportMeeting('ENDED_PAST_PERIOD'), [], [...TASKS, MEETING_ACTION_ITEM]),
  supportCancelled: openCase('支援会議 started, then cancelled; its action item still open', supportMeeting('CANCELLED'), [], [...TASKS, MEETING_ACTION_ITEM]),
  supportNonMemberAuthor: openCase('支援会議 in progress without the author agency', supportMeeting('IN_PROGRESS', { withoutAuthor: true })),
  supportAndConsent: openCase('支援会議 in progress and a common form permitting HEALTH to the member agency and LEGAL', supportMeeting('IN_PROGRESS'), [
    common('common', 'IN_FORCE', [{ effect: 'PERMIT', agencies: ['member'], sectors: [Sector.LEGAL], categories: [HEALTH], purposes: [CC, CONF] }]),
  ]),
  intakeWithConsent: {
    description: 'intake at the housing counter, with consent to connect',
    opening: 'intake',
    consentToConnect: true,
    // Rule 5: recorded by registerIntake itself. CASE_COORDINATION is stated; other purposes are not.
    consents: [
      {
        key: 'connect',
        recordedBy: 'intake',
        providers: ['counter'],
        validity: 'IN_FORCE',
        provisions: [{ effect: 'PERMIT', toCoordinatingBody: true, categories: [BASIC], purposes: [CC], otherPurposesUnstated: true }],
      },
    ],
    prior: PRIOR,
    meeting: multiAgency(true),
    tasks: TASKS,
  },
  intakeNoConsent: { description: 'intake at the housing counter, without consent to connect', opening: 'intake', consentToConnect: false, consents: [], prior: PRIOR, meeting: multiAgency(true), tasks: TASKS },
  intakeNoConsentSupport: {
    description: 'intake without consent to connect, taken to a 支援会議 the counter is a member of',
    opening: 'intake',
    consentToConnect: false,
    consents: [],
    prior: PRIOR,
    meeting: supportMeeting('IN_PROGRESS', { withCounter: true }),
    tasks: TASKS,
  },
} as const satisfies Record<string, Scenario>;

export type State = keyof typeof SCENARIOS;
export const STATES = Object.keys(SCENARIOS) as State[];

export function scenario(state: State): Scenario {
  return SCENARIOS[state];
}

// ---------------------------------------------------------------------------------------
// Facts derived from the scenario.

/** The recording agency R: the opener (the coordinator) or the intake counter. */
export function recorder(state: State): Reader {
  return scenario(state).opening === 'openCase' ? 'coordinator' : 'counter';
}

/** The team as arranged: openCase puts the coordinator's agency on it, registerIntake the counter's. */
export function initialTeam(state: State): readonly Reader[] {
  return scenario(state).opening === 'openCase' ? ['coordinator', 'author', 'team', 'counter'] : ['counter', 'author', 'team'];
}

/** Rule 7: an action item assigned to a participant agency not on the team adds it to the team. */
export function team(state: State): readonly Reader[] {
  const s = scenario(state);
  const added = s.tasks.flatMap((task) => (task.conference && task.assigneeAgency && meetingOf(state, task.conference).participants.includes(task.assigneeAgency) ? [task.assigneeAgency] : []));
  return [...new Set([...initialTeam(state), ...added])];
}

export function meetingOf(state: State, key: MeetingKey): Meeting {
  return scenario(state)[key];
}

/**
 * Rule 9: the coordinator writes the assessment on every case, and drafts a plan where a case
 * may be planned (not while it is at INTAKE); the plan goes before the meeting where that is a
 * 重層的支援会議 still to be held or in progress (only those take a plan). Nothing is approved:
 * approval would change the team and the meeting's decisions the other cells rest on.
 */
export type PlanState = 'none' | 'drafted' | 'proposed';

export function planOf(state: State): PlanState {
  if (scenario(state).opening === 'intake') return 'none';
  const meeting = meetingOf(state, 'meeting');
  const takesPlan = meeting.kind === 'MULTI_AGENCY_MEETING' && (meeting.lifecycle === 'SCHEDULED' || meeting.lifecycle === 'IN_PROGRESS');
  return takesPlan ? 'proposed' : 'drafted';
}

/** Whose data the item is. */
export function providerOf(state: State, item: Item): Reader {
  if (item === 'RECORD') return recorder(state);
  if (item === 'REFERRAL') return REFERRER;
  return isSupportItem(item) ? PLAN_WRITER : SECTION_AUTHOR;
}

/** Whether the state's case holds the item at all (a plan's texts only where a plan was drafted). */
function holds(state: State, item: Item): boolean {
  return !isPlanItem(item) || planOf(state) !== 'none';
}

/** Whether an agency is a member of the meeting: a participant, or the chair's agency. */
export function isMemberAgency(meeting: Meeting, agency: Reader): boolean {
  return agency === CHAIR || meeting.participants.includes(agency);
}

/** Rule 4: the 支援会議 basis for `reader` through `meeting` (the case is on every meeting's agenda). */
export function supportBasis(meeting: Meeting, reader: Reader): boolean {
  if (meeting.kind !== 'SUPPORT_MEETING') return false; // a 重層的支援会議 never gives a basis
  if (meeting.lifecycle !== 'IN_PROGRESS' && meeting.lifecycle !== 'ENDED_WITHIN_PERIOD') return false; // not started, cancelled, or past the period
  return isMemberAgency(meeting, reader) && meeting.acknowledged.includes(reader);
}

const readsCases = (reader: Reader) => PROFILES[reader].role === Role.COORDINATOR || PROFILES[reader].role === Role.CASEWORKER;

/** Rule 1: whether the case exists for the reader. */
export function exists(state: State, reader: Reader): boolean {
  if (!readsCases(reader)) return false; // ADMIN and AUDITOR read no case
  if (PROFILES[reader].role === Role.COORDINATOR) return true;
  if (team(state).includes(reader)) return true;
  return (['prior', 'meeting'] as const).some((key) => supportBasis(meetingOf(state, key), reader));
}

type Tri = 'yes' | 'no' | 'unknown';

function purposeCovered(provision: ProvisionSpec, purpose: Purpose): Tri {
  if (provision.purposes.includes(purpose)) return 'yes';
  return provision.otherPurposesUnstated ? 'unknown' : 'no';
}

function names(provision: ProvisionSpec, reader: Reader): boolean {
  return (
    (provision.agencies ?? []).includes(reader) ||
    (provision.sectors ?? []).includes(PROFILES[reader].sector) ||
    (provision.toCoordinatingBody === true && PROFILES[reader].role === Role.COORDINATOR)
  );
}

function covers(state: State, consent: ConsentSpec, provider: Reader): boolean {
  return consent.providers === 'COMMON' ? team(state).includes(provider) : consent.providers.includes(provider);
}

/**
 * The consent rule of rules 2 and 3: a consent in force covering the provider, with a PERMIT
 * provision naming the reader for the category and the purpose, and no DENY in force
 * covering the same (DENY wins). `yes` carries the keys of the consents it may rest on.
 */
export function consentFor(state: State, reader: Reader, provider: Reader, category: DataCategory, purpose: Purpose): { result: Tri; consents: string[] } {
  const inForce = scenario(state).consents.filter((c) => c.validity === 'IN_FORCE' && covers(state, c, provider));
  const matching = (effect: ProvisionSpec['effect']) =>
    inForce.flatMap((c) => c.provisions.filter((p) => p.effect === effect && names(p, reader) && p.categories.includes(category)).map((p) => ({ key: c.key, covered: purposeCovered(p, purpose) })));
  const denies = matching('DENY');
  if (denies.some((d) => d.covered === 'yes')) return { result: 'no', consents: [] };
  const permits = matching('PERMIT');
  const sure = permits.filter((p) => p.covered === 'yes').map((p) => p.key);
  if (sure.length > 0 && !denies.some((d) => d.covered === 'unknown')) return { result: 'yes', consents: [...new Set(sure)] };
  if (sure.length > 0 || permits.some((p) => p.covered === 'unknown')) return { result: 'unknown', consents: [] };
  return { result: 'no', consents: [] };
}

// ---------------------------------------------------------------------------------------
// What a reader gets.

export type Basis = 'OWN_AGENCY' | 'CONSENT' | 'SUPPORT_MEETING';

/** The provision a read of another agency's data makes (rule 8). */
export interface ProvisionExpectation {
  readonly provider: Reader;
  readonly basis: 'CONSENT' | 'SUPPORT_MEETING';
  readonly category: DataCategory;
  /** CONSENT: one of these consents. */
  readonly consents: readonly string[];
  /** SUPPORT_MEETING: this meeting. */
  readonly conference: MeetingKey | null;
}

export type ItemView =
  /** Nothing of the item is returned (no case, no entry, an error, or a path that never carries it). */
  | { readonly kind: 'absent' }
  /** Returned redacted: it exists, its content is withheld. */
  | { readonly kind: 'redacted' }
  | { readonly kind: 'visible'; readonly basis: Basis; readonly provision: ProvisionExpectation | null }
  /** The rules do not decide it; not asserted (and not counted). */
  | { readonly kind: 'unknown'; readonly provider: Reader; readonly category: DataCategory };

const ABSENT: ItemView = { kind: 'absent' };
const REDACTED: ItemView = { kind: 'redacted' };

/** Which meetings count for the 支援会議 basis: any of the case's, or only the viewed one. */
type Scope = 'anyMeeting' | 'thisMeeting';

function meetingsInScope(scope: Scope): readonly MeetingKey[] {
  return scope === 'anyMeeting' ? ['prior', 'meeting'] : ['meeting'];
}

function consentView(state: State, reader: Reader, provider: Reader, category: DataCategory, purpose: Purpose): ItemView | null {
  const consent = consentFor(state, reader, provider, category, purpose);
  if (consent.result === 'yes') return { kind: 'visible', basis: 'CONSENT', provision: { provider, basis: 'CONSENT', category, consents: consent.consents, conference: null } };
  if (consent.result === 'unknown') return { kind: 'unknown', provider, category };
  return null;
}

/** Rule 2: the case record, for a reader the case exists for. */
export function recordView(state: State, reader: Reader, purpose: Purpose, scope: Scope): ItemView {
  const provider = recorder(state);
  if (reader === provider) return { kind: 'visible', basis: 'OWN_AGENCY', provision: null };
  const byConsent = consentView(state, reader, provider, DataCategory.BASIC, purpose);
  if (byConsent) return byConsent;
  const supportMeeting = (conference: MeetingKey): ItemView => ({
    kind: 'visible',
    basis: 'SUPPORT_MEETING',
    provision: { provider, basis: 'SUPPORT_MEETING', category: DataCategory.BASIC, consents: [], conference },
  });
  for (const key of meetingsInScope(scope)) {
    const meeting = meetingOf(state, key);
    if (supportBasis(meeting, reader) && isMemberAgency(meeting, provider)) return supportMeeting(key);
  }
  // The assignee of an open action item decided in a 支援会議 that was not cancelled.
  for (const task of scenario(state).tasks) {
    if (!task.conference || !meetingsInScope(scope).includes(task.conference)) continue;
    const meeting = meetingOf(state, task.conference);
    if (meeting.kind !== 'SUPPORT_MEETING' || meeting.lifecycle === 'CANCELLED') continue;
    if (task.assigneeUser === reader || task.assigneeAgency === reader) return supportMeeting(task.conference);
  }
  return REDACTED;
}

/**
 * Rule 3: one of the author's sections, for a reader the case exists for; rule 9: a text of
 * the coordinator's assessment or plan, and rule 10: the author's referral, each exactly as
 * a section of that provider and category.
 */
export function sectionView(state: State, reader: Reader, item: Item, purpose: Purpose, scope: Scope): ItemView {
  const provider = providerOf(state, item);
  const category = ITEM_CATEGORY[item];
  if (!holds(state, item)) return ABSENT;
  if (reader === provider) return { kind: 'visible', basis: 'OWN_AGENCY', provision: null };
  const byConsent = consentView(state, reader, provider, category, purpose);
  if (byConsent) return byConsent;
  for (const key of meetingsInScope(scope)) {
    const meeting = meetingOf(state, key);
    if (supportBasis(meeting, reader) && isMemberAgency(meeting, provider)) {
      return { kind: 'visible', basis: 'SUPPORT_MEETING', provision: { provider, basis: 'SUPPORT_MEETING', category, consents: [], conference: key } };
    }
  }
  return REDACTED;
}

function itemView(state: State, reader: Reader, item: Item, purpose: Purpose, scope: Scope): ItemView {
  return item === 'RECORD' ? recordView(state, reader, purpose, scope) : sectionView(state, reader, item, purpose, scope);
}

/** What a conference view gives the reader: nothing, the meeting without case content, or its content. */
export type ConferenceAccess = 'NONE' | 'WITHOUT_CONTENT' | 'WITH_CONTENT';

export function conferenceAccess(state: State, reader: Reader): ConferenceAccess {
  const meeting = meetingOf(state, 'meeting');
  const coordinates = PROFILES[reader].role === Role.COORDINATOR;
  const takesPart = PROFILES[reader].role === Role.CASEWORKER && meeting.participants.includes(reader);
  if (!coordinates && !takesPart) return 'NONE';
  return meeting.acknowledged.includes(reader) ? 'WITH_CONTENT' : 'WITHOUT_CONTENT';
}

/** Rule 7: the state's tasks assigned to the reader or their agency, on a case that exists for them. */
export function assignedTasks(state: State, reader: Reader): string[] {
  if (!exists(state, reader)) return [];
  return scenario(state)
    .tasks.filter((task) => task.assigneeUser === reader || task.assigneeAgency === reader)
    .map((task) => task.key);
}

/** Rule 6: the open action items of earlier conferences listed to the reader in the meeting's view. */
function listedActionItems(state: State, reader: Reader): { tasks: string[]; decided: boolean } {
  const access = conferenceAccess(state, reader);
  if (access === 'NONE' || !exists(state, reader)) return { tasks: [], decided: true };
  const tasks = scenario(state)
    .tasks.filter((task) => task.conference === 'prior')
    .filter((task) => isMemberAgency(meetingOf(state, 'prior'), reader) || task.assigneeUser === reader || task.assigneeAgency === reader)
    .map((task) => task.key);
  // Whether the list also needs this meeting's acknowledgement is not stated.
  return { tasks, decided: access === 'WITH_CONTENT' || tasks.length === 0 };
}

/**
 * The meeting's own content about the case (agenda caseId, minutes, decisions, the live
 * room's caseId and text): shown to an acknowledged participant the case exists for, hidden
 * from the others. For an acknowledged participant the case does not exist for, rule 6 says
 * only that it goes to no one else ("returned only to participants who acknowledged"), not
 * that it must be shown: unstated.
 */
export type MeetingContent = 'shown' | 'hidden' | 'unstated';

export function meetingContent(state: State, reader: Reader): MeetingContent {
  if (conferenceAccess(state, reader) !== 'WITH_CONTENT') return 'hidden';
  return exists(state, reader) ? 'shown' : 'unstated';
}

export interface PathExpectation {
  /** case / task.case: the case answers (else NOT_FOUND); cases: it is listed. */
  readonly found: boolean;
  /** myTasks, taskEventsSince, taskEvents, openActionItems: the keys of the state's tasks returned; null if not decided. */
  readonly tasks: readonly string[] | null;
  /** Conference paths. */
  readonly conference: ConferenceAccess;
  readonly meetingContent: MeetingContent;
  readonly items: Readonly<Record<Item, ItemView>>;
}

const allAbsent = (): Record<Item, ItemView> => Object.fromEntries(ITEMS.map((item) => [item, ABSENT])) as Record<Item, ItemView>;

/** The oracle: what `reader` must get for the case of `state` through `path`. */
export function expectation(reader: Reader, state: State, path: Path): PathExpectation {
  const found = exists(state, reader);
  const purpose = purposeOf(path);
  const conference = conferenceAccess(state, reader);
  const items = allAbsent();
  const caseItems = (scope: Scope) => {
    for (const item of PATH_ITEMS[path]) items[item] = itemView(state, reader, item, purpose, scope);
  };
  let tasks: readonly string[] | null = null;
  switch (path) {
    case 'case':
    case 'cases':
    case 'task.case':
    case 'case.assessment':
    case 'case.plans':
    case 'cases.assessment':
    case 'cases.plans':
    case 'task.case.assessment':
    case 'task.case.plans':
    case 'case.referrals':
    case 'cases.referrals':
    case 'task.case.referrals':
      if (found) caseItems('anyMeeting');
      break;
    case 'myTasks':
    case 'taskEventsSince':
    case 'taskEvents':
      tasks = assignedTasks(state, reader);
      if (tasks.length > 0) caseItems('anyMeeting');
      break;
    case 'agenda.case':
    case 'agenda.summaries':
    case 'agenda.case.assessment':
    case 'agenda.case.plans':
    case 'agenda.case.referrals':
      if (conference === 'WITH_CONTENT' && found) caseItems('thisMeeting');
      break;
    case 'agenda.plan':
      // The agenda item carries the plan only where it was put before this meeting.
      if (conference === 'WITH_CONTENT' && found && planOf(state) === 'proposed') caseItems('thisMeeting');
      break;
    case 'openActionItems': {
      const listed = listedActionItems(state, reader);
      tasks = listed.decided ? listed.tasks : null;
      if (!listed.decided) items.RECORD = { kind: 'unknown', provider: recorder(state), category: DataCategory.BASIC };
      else if (listed.tasks.length > 0) caseItems('thisMeeting');
      break;
    }
    case 'conferenceRecord':
      if (conference === 'WITH_CONTENT') {
        const record = recordView(state, reader, purpose, 'thisMeeting');
        // Rule 6 names the record's visibility; whether existence also gates the document is not stated.
        if (record.kind === 'visible' && !found) items.RECORD = { kind: 'unknown', provider: recorder(state), category: DataCategory.BASIC };
        else items.RECORD = record.kind === 'redacted' ? ABSENT : record;
      }
      break;
    case 'conferenceEvents':
      break;
  }
  return { found, tasks, conference, meetingContent: meetingContent(state, reader), items };
}

/** The cells: reader × state × path × item, for every item the oracle decides. */
export function cellsOf(reader: Reader, state: State, path: Path): Item[] {
  const want = expectation(reader, state, path);
  return PATH_ITEMS[path].filter((item) => want.items[item].kind !== 'unknown');
}

/**
 * Rule 8 the other way round: the provisions (provider, basis, category) the reader may have
 * received on the state's case through any path — visible cells and undecided ones — of the
 * given items (all by default).
 */
export function allowedProvisions(reader: Reader, state: State, of: readonly Item[] = ITEMS): { provider: Reader; basis: Basis; category: DataCategory }[] {
  const allowed: { provider: Reader; basis: Basis; category: DataCategory }[] = [];
  for (const path of PATHS) {
    const want = expectation(reader, state, path);
    for (const item of PATH_ITEMS[path].filter((i) => of.includes(i))) {
      const view = want.items[item];
      if (view.kind === 'visible' && view.provision) allowed.push({ provider: view.provision.provider, basis: view.provision.basis, category: view.provision.category });
      if (view.kind === 'unknown') {
        for (const basis of ['CONSENT', 'SUPPORT_MEETING'] as const) allowed.push({ provider: view.provider, basis, category: view.category });
      }
    }
  }
  return allowed;
}
