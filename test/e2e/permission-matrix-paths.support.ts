import type { AssessmentItem, SupportItem } from './permission-matrix-paths.oracle.js';

/**
 * The assessment (アセスメント), the support plan (支援プラン) and the referral (参加支援のつなぎ)
 * in the permission matrix over every path: the operations that write and read them as a
 * client would, the shapes of the answers, the unique texts each case holds, and where each
 * of the oracle's items sits in an answer. What a reader must get stays in the oracle; the
 * checks stay in the spec.
 */

const TEXT = 'category text redacted basis';
const ASSESSMENT_FIELDS = `id agency { id } domains { ${TEXT} } household { ${TEXT} }`;
const PLAN_FIELDS = `id status agency { id } personWishes { ${TEXT} } familyWishes { ${TEXT} } goals { category text { ${TEXT} } roles { agency { id } action { ${TEXT} } } }`;
/** A case's assessment (the newest and every version) and every version of its plan. */
const CASE_SUPPORT_FIELDS = `id assessment { ${ASSESSMENT_FIELDS} } assessments { ${ASSESSMENT_FIELDS} } plans { ${PLAN_FIELDS} }`;

export const SUPPORT_Q = {
  case: `query PathCaseSupport($id: ID!) { case(id: $id) { ${CASE_SUPPORT_FIELDS} } }`,
  /** 50 cases a page, written out: the query cost counts a `first` variable as 100, and 100 cases with their assessments and plans are over the limit. */
  cases: `query PathCasesSupport($after: String) { cases(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${CASE_SUPPORT_FIELDS} } } } }`,
  task: `query PathTaskSupport($id: ID!) { task(id: $id) { id case { ${CASE_SUPPORT_FIELDS} } } }`,
  // Apart: the same plan may be shown through the case and withheld from the item (not put before this meeting).
  agendaCase: `query PathAgendaCaseSupport($id: ID!) { conference(id: $id) { id agenda { caseId case { ${CASE_SUPPORT_FIELDS} } } } }`,
  agendaPlan: `query PathAgendaPlan($id: ID!) { conference(id: $id) { id agenda { caseId plan { ${PLAN_FIELDS} } } } }`,
  /** The audit trail names the read a provision came from, which the 提供記録 view does not. */
  provided: `query PathProvided($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor } edges { node { actorId basis categories consentId conferenceId providerAgencyId recipientAgencyId } }
    }
  }`,
};

export const SUPPORT_M = {
  saveAssessment: `mutation PathAssessment($caseId: ID!, $input: AssessmentInput!) { saveAssessment(caseId: $caseId, input: $input) { id } }`,
  draftPlan: `mutation PathPlan($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { id } }`,
  proposePlan: `mutation PathPropose($id: ID!, $conferenceId: ID!) { proposePlan(id: $id, conferenceId: $conferenceId) { id } }`,
};

export interface GuardedTextNode {
  category: string;
  text: string | null;
  redacted: boolean;
  basis: string | null;
}
export interface AssessmentNode {
  id: string;
  agency: { id: string };
  domains: GuardedTextNode[];
  household: GuardedTextNode | null;
}
export interface PlanNode {
  id: string;
  status: string;
  agency: { id: string };
  personWishes: GuardedTextNode | null;
  familyWishes: GuardedTextNode | null;
  goals: { category: string; text: GuardedTextNode; roles: { agency: { id: string }; action: GuardedTextNode }[] }[];
}
export interface SupportCaseNode {
  id: string;
  assessment: AssessmentNode | null;
  assessments: AssessmentNode[];
  plans: PlanNode[];
}
export interface ProvidedEventNode {
  actorId: string | null;
  basis: string | null;
  categories: string[];
  consentId: string | null;
  conferenceId: string | null;
  providerAgencyId: string | null;
  recipientAgencyId: string | null;
}

/** Each item's texts on a case, in the order the item's places are read (a goal's text, then its role's action). */
export type SupportSecrets = Readonly<Record<SupportItem, readonly string[]>>;

export function supportSecretsOf(nn: string): SupportSecrets {
  return {
    ASSESSMENT_HEALTH: [`健康の状況 経路${nn}号`],
    ASSESSMENT_FAMILY: [`世帯の状況 経路${nn}号`],
    PLAN_WISHES: [`本人の希望 経路${nn}号`],
    PLAN_FAMILY_WISHES: [`家族の希望 経路${nn}号`],
    PLAN_GOAL_FINANCES: [`家計の目標 経路${nn}号`, `家計の役割 経路${nn}号`],
  };
}

export function assessmentInput(secrets: SupportSecrets): Record<string, unknown> {
  return { urgency: 'HIGH', unknownDomains: [], domains: [{ category: 'HEALTH', text: secrets.ASSESSMENT_HEALTH[0] }], household: secrets.ASSESSMENT_FAMILY[0] };
}

/** One FINANCES goal with one role: the role's agency does not matter, its action is the writer's data. */
export function planInput(secrets: SupportSecrets, roleAgencyId: string): Record<string, unknown> {
  const [goal, action] = secrets.PLAN_GOAL_FINANCES;
  return {
    personWishes: secrets.PLAN_WISHES[0],
    familyWishes: secrets.PLAN_FAMILY_WISHES[0],
    goals: [{ term: 'SHORT', category: 'FINANCES', text: goal, roles: [{ agencyId: roleAgencyId, action, frequency: '月1回' }] }],
    participationReferral: false,
    outreach: false,
  };
}

/** What an answer returned of the assessment and the plan: owners may be null where one was expected. */
export interface SupportOwners {
  readonly assessments: readonly (AssessmentNode | null)[];
  readonly plans: readonly (PlanNode | null)[];
}

/** A case node's: its newest assessment and its one version in `assessments` (two owners of the same texts), and its plans. */
export function ownersOfCase(node: SupportCaseNode): SupportOwners {
  return { assessments: [node.assessment, ...node.assessments], plans: node.plans };
}

/** How many owners carry an item where the case holds it: the assessment twice (newest and its version), the plan once. */
export function ownersExpected(item: SupportItem): number {
  return isAssessment(item) ? 2 : 1;
}

const isAssessment = (item: SupportItem): item is AssessmentItem => item === 'ASSESSMENT_HEALTH' || item === 'ASSESSMENT_FAMILY';

/** Where the item sits in one owner, one entry per secret of the item (null where the answer has none). */
function placesOf(item: SupportItem, assessment: AssessmentNode | null, plan: PlanNode | null): (GuardedTextNode | null)[] {
  switch (item) {
    case 'ASSESSMENT_HEALTH':
      return [assessment?.domains.find((domain) => domain.category === 'HEALTH') ?? null];
    case 'ASSESSMENT_FAMILY':
      return [assessment?.household ?? null];
    case 'PLAN_WISHES':
      return [plan?.personWishes ?? null];
    case 'PLAN_FAMILY_WISHES':
      return [plan?.familyWishes ?? null];
    case 'PLAN_GOAL_FINANCES': {
      const goal = plan?.goals.find((g) => g.category === 'FINANCES');
      return [goal?.text ?? null, goal?.roles[0]?.action ?? null];
    }
  }
}

/** The item's texts in every owner that carries it, owner by owner. */
export function textsOf(item: SupportItem, owners: SupportOwners): (GuardedTextNode | null)[][] {
  return isAssessment(item) ? owners.assessments.map((a) => placesOf(item, a, null)) : owners.plans.map((p) => placesOf(item, null, p));
}

// ---------------------------------------------------------------------------------------
// The referral (rule 10): the author refers the person on each case to a resource of its
// own, and the person agrees with a note of its own, so each place of the content is unique.

const REFERRAL_FIELDS = `id agency { id } status redacted basis resource { id name } note sharedWithHost history { status note }`;
const CASE_REFERRAL_FIELDS = `id referrals { ${REFERRAL_FIELDS} }`;

export const REFERRAL_Q = {
  case: `query PathCaseReferrals($id: ID!) { case(id: $id) { ${CASE_REFERRAL_FIELDS} } }`,
  cases: `query PathCasesReferrals($first: Int!, $after: String) { cases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${CASE_REFERRAL_FIELDS} } } } }`,
  task: `query PathTaskReferrals($id: ID!) { task(id: $id) { id case { ${CASE_REFERRAL_FIELDS} } } }`,
  agendaCase: `query PathAgendaCaseReferrals($id: ID!) { conference(id: $id) { id agenda { caseId case { ${CASE_REFERRAL_FIELDS} } } } }`,
};

export const REFERRAL_M = {
  createResource: `mutation PathResource($input: ResourceInput!) { createResource(input: $input) { id } }`,
  refer: `mutation PathRefer($input: ReferToResourceInput!) { referToResource(input: $input) { id version } }`,
  agree: `mutation PathAgree($id: ID!, $note: String!, $expectedVersion: Int!) { updateReferral(id: $id, status: AGREED, note: $note, expectedVersion: $expectedVersion) { id } }`,
};

export interface ReferralNode {
  id: string;
  agency: { id: string };
  status: string;
  redacted: boolean;
  basis: string | null;
  resource: { id: string; name: string } | null;
  note: string | null;
  sharedWithHost: string | null;
  history: { status: string; note: string | null }[];
}
export interface ReferralCaseNode {
  id: string;
  referrals: ReferralNode[];
}

export interface ReferralSecrets {
  readonly resourceName: string;
  readonly note: string;
  readonly sharedWithHost: string;
  readonly agreedNote: string;
}

export function referralSecretsOf(nn: string): ReferralSecrets {
  return { resourceName: `居場所 経路${nn}号`, note: `つなぎの記録 経路${nn}号`, sharedWithHost: `受入先に伝える事 経路${nn}号`, agreedNote: `本人同意の記録 経路${nn}号` };
}

/** Every place of the referral's content, for the leak check. */
export const referralStrings = (secrets: ReferralSecrets): readonly string[] => [secrets.resourceName, secrets.note, secrets.sharedWithHost, secrets.agreedNote];

export function resourceInput(secrets: ReferralSecrets): Record<string, unknown> {
  return {
    name: secrets.resourceName,
    nameKana: 'イバショ',
    organizationName: 'NPO法人 経路',
    description: '地域の居場所です。',
    targets: ['POVERTY'],
    forms: ['IBASHO'],
    area: '経路地区',
    address: '桜市経路町1',
    latitude: null,
    longitude: null,
    schedules: [],
    phone: null,
    email: null,
    url: null,
    cost: '無料',
    accessibility: '',
    languages: ['ja'],
  };
}

/** The referral as a reader sees it: content on a basis (`shown`), else withheld; the steps are the proposal and the agreement. */
export function referralSeen(secrets: ReferralSecrets, resourceId: string, shown: { basis: string } | null): Omit<ReferralNode, 'id' | 'agency'> {
  return {
    status: 'AGREED',
    redacted: !shown,
    basis: shown?.basis ?? null,
    resource: shown ? { id: resourceId, name: secrets.resourceName } : null,
    note: shown ? secrets.note : null,
    sharedWithHost: shown ? secrets.sharedWithHost : null,
    history: [
      { status: 'PROPOSED', note: shown ? secrets.note : null },
      { status: 'AGREED', note: shown ? secrets.agreedNote : null },
    ],
  };
}
