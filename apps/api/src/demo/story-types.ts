import type { CaseStatus } from '@renkei/cases';
import type { ConsentMethod, DataCategory, ProvisionEffect, Purpose, Sector } from '@renkei/kernel';
import type { AssessmentUrgency, GoalAchievement, GoalTerm, PlanClosureReason, PlanDecision } from '@renkei/plans';
import type { TaskStatus } from '@renkei/tasks';

/**
 * The shape of the demo story: plain data, no ids and no absolute dates (times are offsets
 * from the moment of seeding), so the story reads as a story and the seeder stays generic.
 */

/** The demo users who act in the story, by the local part of their e-mail address. */
export type Persona = 'coordinator' | 'housing' | 'health';

export type CaseKey = 'kobayashi' | 'kimura' | 'nakamura' | 'watanabe' | 'yamamoto' | 'ito';

export interface StorySubject {
  fullName: string;
  fullNameKana: string;
  birthDate: string;
  address: string;
}

/** Who brought the case in: the coordinator (openCase) or a counter (registerIntake). */
export type StoryOpening =
  | { by: 'coordinator'; title: string }
  | { by: Exclude<Persona, 'coordinator'>; note: string; consentToConnect: ConsentMethod | null };

export interface StoryConsent {
  by: Persona;
  method: ConsentMethod;
  obtainedDaysAgo: number;
  /** Null: until revoked. */
  validForDays: number | null;
  evidenceNote: string;
  provisions: {
    effect: ProvisionEffect;
    recipientSectors: Sector[];
    toCoordinatingBody?: boolean;
    dataCategories: DataCategory[];
    purposes: Purpose[];
  }[];
  /** Set: the person withdrew it, for this reason. */
  revokedBecause?: string;
}

export interface StoryCase {
  key: CaseKey;
  subject: StorySubject;
  needs: DataCategory[];
  opening: StoryOpening;
  /** Agencies the coordinator adds to the team, by sector. */
  team: Sector[];
  summaries: { by: Persona; sections: { category: DataCategory; body: string }[] }[];
  consents: StoryConsent[];
  /**
   * The status changes the coordinator makes by hand (changeCaseStatus), in order, right
   * after opening; the support plan (plans.story.ts) moves the case on from there.
   */
  path: { to: CaseStatus; note: string }[];
}

export interface StoryMeeting {
  key: string;
  kind: 'SUPPORT_MEETING' | 'MULTI_AGENCY_MEETING';
  title: string;
  /** Hours from the moment of seeding (negative: already held). */
  inHours: number;
  participants: Sector[];
  agenda: CaseKey[];
  acknowledgedBy: Persona[];
  /** Set: the meeting was held — joined by these, with minutes, decisions and the plans decided in it (plans.story.ts), then ended. */
  held?: {
    attendedBy: Persona[];
    minutes: { case: CaseKey; by: Persona; text: string }[];
    decisions: { case: CaseKey; text: string }[];
  };
}

export interface StoryTask {
  case: CaseKey;
  /** Set: an action item decided in this (held) meeting. */
  meeting?: string;
  title: string;
  description: string;
  /** A demo user, or (by sector) an agency that has no demo user. */
  assignee: { user: Persona } | { agency: Sector };
  /** Hours from the moment of seeding (negative: overdue unless done). */
  dueInHours: number;
  /** The statuses the assignee (or the coordinator, for an agency) moves it through, with a note. */
  steps: { to: TaskStatus; note?: string }[];
}

/** The coordinator's assessment (アセスメント) of a case. */
export interface StoryAssessment {
  urgency: AssessmentUrgency;
  /** Life domains not known yet (未把握). */
  unknownDomains: DataCategory[];
  domains: { category: DataCategory; text: string }[];
  household?: string;
  strengths?: string;
  /** 本人の言葉での困りごと: in the person's own words. */
  personWords?: string;
  /** 支援者の見立て */
  professionalView?: string;
}

export interface StoryPlanGoal {
  term: GoalTerm;
  category: DataCategory;
  text: string;
  /** Days from the moment of seeding (negative: already past). */
  targetInDays: number;
  /** 役割分担: which agency (by sector) does what, how often. */
  roles: { agency: Sector; action: string; frequency: string }[];
}

/** 評価: how far each goal was reached (in the goals' order), and what was decided. */
export interface StoryEvaluation {
  goals: { achievement: GoalAchievement; note: string }[];
  decision: PlanDecision;
  closureReason?: PlanClosureReason;
  reason?: string;
  watchIntervalDays?: number;
  /** Set: decided in this meeting (by its chair, the coordinator) after proposing the plan there for evaluation; else by the coordinator alone. */
  inMeeting?: string;
}

/**
 * A case's support plan (支援プラン, 第1版), written by the coordinator after an assessment:
 * left a draft, or agreed by the person and approved (支援決定) in a held 重層的支援会議, then
 * possibly evaluated.
 */
export interface StoryPlan {
  case: CaseKey;
  assessment: StoryAssessment;
  /** 本人の希望, in the person's own words. */
  personWishes: string;
  familyWishes?: string;
  /** 総合的な方針 */
  policy: string;
  goals: StoryPlanGoal[];
  participationReferral: boolean;
  outreach: boolean;
  /** 主担当, by sector. */
  leadAgency: Sector;
  /** モニタリング: days from the moment of seeding (negative: due already). */
  nextReviewInDays: number;
  /** Set: the person agreed to the plan (本人の同意), this many days before. */
  agreement?: { method: ConsentMethod; daysAgo: number };
  /** Set: proposed and approved (支援決定) in this held meeting, while it was in progress. */
  approvedIn?: string;
  /** Set (only with approvedIn): evaluated, after the meetings' action items are assigned. */
  evaluation?: StoryEvaluation;
}
