import type { CaseStatus } from '@renkei/cases';
import type { ConsentMethod, DataCategory, ProvisionEffect, Purpose, Sector } from '@renkei/kernel';
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
  /** The status changes the coordinator makes, in order, after everything else is recorded. */
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
  /** Set: the meeting was held — joined by these, with minutes and decisions, then ended. */
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
