export type ActionReviewOutcome =
  | 'DONE'
  | 'NOT_DONE'
  | 'NO_LONGER_POSSIBLE';

/** How soon the person needs support (緊急度: 低 / 中 / 高 / 緊急). */
export type AssessmentUrgency =
  | 'CRISIS'
  | 'HIGH'
  | 'LOW'
  | 'MODERATE';

/** Where a case is in its life (受付 … 終結 / 見守り). */
export type CaseStatus =
  | 'ASSESSMENT'
  | 'CLOSED'
  | 'INTAKE'
  | 'IN_SUPPORT'
  | 'PLANNING'
  | 'REVIEW'
  | 'WATCHING';

export type ConferenceEventType =
  | 'ACKNOWLEDGED'
  | 'ACTION_ITEM_ASSIGNED'
  | 'ACTION_ITEM_REVIEWED'
  | 'AGENDA_CHANGED'
  | 'DECISION_RECORDED'
  | 'JOINED'
  | 'LEFT'
  | 'MINUTES_ADDED'
  | 'PARTICIPANTS_CHANGED'
  | 'STATUS_CHANGED';

/** SUPPORT_MEETING (支援会議, 社会福祉法第106条の6) or MULTI_AGENCY_MEETING (重層的支援会議). */
export type ConferenceKind =
  | 'MULTI_AGENCY_MEETING'
  | 'SUPPORT_MEETING';

export type ConferenceStatus =
  | 'CANCELLED'
  | 'ENDED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

/** How the person gave consent. */
export type ConsentMethod =
  | 'ELECTRONIC'
  | 'ORAL'
  | 'WRITTEN';

/** Whether a consent counts now. */
export type ConsentState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** A kind of information about a person; consent is given per category. */
export type DataCategory =
  | 'BASIC'
  | 'CARE_NEEDS'
  | 'DISABILITY'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'FAMILY'
  | 'FINANCES'
  | 'HEALTH'
  | 'HOUSING'
  | 'LEGAL'
  | 'MENTAL_HEALTH'
  | 'SAFEGUARDING';

/** How far a goal was reached (評価). */
export type GoalAchievement =
  | 'ACHIEVED'
  | 'NOT_ACHIEVED'
  | 'NOT_RELEVANT'
  | 'PARTLY';

/** A goal’s horizon: long-term (長期) or short-term (短期). */
export type GoalTerm =
  | 'LONG'
  | 'SHORT';

/** Why support ended (終結理由). */
export type PlanClosureReason =
  | 'DECEASED'
  | 'GOALS_ACHIEVED'
  | 'MOVED_AWAY'
  | 'NO_CONTACT'
  | 'OTHER'
  | 'PERSON_DECLINED'
  | 'TRANSFERRED';

/** What the evaluation decides: continue with a new version, close, suspend or watch. */
export type PlanDecision =
  | 'CLOSE'
  | 'CONTINUE'
  | 'SUSPEND'
  | 'WATCH';

/** Where a plan version is in its life (作成中 … 終結 / 見守り / 次版に移行). */
export type PlanStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'EVALUATED'
  | 'IN_PROGRESS'
  | 'PROPOSED'
  | 'REVIEW'
  | 'SUPERSEDED'
  | 'SUSPENDED'
  | 'WATCHING';

/** PERMIT or DENY; DENY wins over a PERMIT covering the same recipient and category. */
export type ProvisionEffect =
  | 'DENY'
  | 'PERMIT';

/** What shared information may be used for. */
export type Purpose =
  | 'CASE_COORDINATION'
  | 'CONFERENCE'
  | 'REFERRAL';

/** What a user may do in the platform. */
export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'CASEWORKER'
  | 'COORDINATOR';

/** The field an agency works in. */
export type Sector =
  | 'ADMINISTRATION'
  | 'CHILD_FAMILY'
  | 'COMMUNITY'
  | 'DISABILITY'
  | 'EDUCATION'
  | 'ELDERLY_CARE'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSING'
  | 'LEGAL'
  | 'WELFARE';

/** What happened to a task. */
export type TaskEventType =
  | 'ASSIGNED'
  | 'COMMENTED'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'UNASSIGNED'
  | 'UPDATED';

/** Where a task stands. */
export type TaskStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'REJECTED'
  | 'REQUESTED';

/** Why a section of another agency’s data is visible (提供の根拠). */
export type VisibilityBasis =
  | 'BREAK_GLASS'
  | 'CONSENT'
  | 'OWN_AGENCY'
  | 'SUPPORT_MEETING';
