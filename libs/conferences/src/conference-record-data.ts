import type { ConsentMethod } from '@renkei/kernel';
import type { TaskStatus } from '@renkei/tasks';
import type { ConferenceKind, ConferenceStatus } from './conference.entity.js';

/**
 * The 会議録 as structured facts, built once from the record and then written out as Markdown
 * or as a PDF document: both say the same thing because neither reads the record itself.
 */
export interface ConferenceRecordData {
  readonly conferenceId: string;
  readonly title: string;
  readonly kind: ConferenceKind;
  /** The kind as the record names it, with its legal basis. */
  readonly kindLabel: string;
  readonly status: ConferenceStatus;
  readonly cancellationReason: string | null;
  readonly scheduledAt: Date;
  readonly startedAt: Date | null;
  readonly endedAt: Date | null;
  readonly chair: { readonly name: string; readonly agency: string | null };
  /** 出席者 per convened agency; an empty list: absent. */
  readonly attendees: readonly { readonly agency: string; readonly present: readonly string[] }[];
  /** The statement of confidentiality (守秘義務) for this kind of meeting. */
  readonly confidentiality: string;
  readonly acknowledgedCount: number;
  /** The agenda cases the reader may know of, in order. */
  readonly agenda: readonly RecordedAgendaItem[];
  readonly requests: readonly RecordedRequest[];
  readonly reviews: readonly { readonly taskId: string; readonly outcome: string; readonly reason: string }[];
}

export interface RecordedAgendaItem {
  readonly position: number;
  readonly caseTitle: string;
  /** The person, where the reader may see the record; '' otherwise. */
  readonly subject: string;
  readonly minutes: string | null;
  readonly decisions: readonly string[];
  readonly approvedPlans: readonly RecordedPlan[];
  readonly actionItems: readonly RecordedActionItem[];
}

export interface RecordedActionItem {
  readonly title: string;
  readonly owner: string;
  readonly dueAt: Date | null;
  readonly status: TaskStatus;
}

/** A request of the chair (出席の依頼・情報提供の依頼) and its answer, as the record prints them. */
export interface RecordedRequest {
  readonly kind: string;
  readonly requestedAt: Date;
  readonly agency: string;
  /** The agenda case and the categories asked for; null for an attendance request. */
  readonly subject: string | null;
  readonly dueAt: Date | null;
  readonly note: string;
  readonly answer: string;
}

/** A text of a plan as the reader may see it: withheld (非開示), never written (null), or its words. */
export interface RecordedText {
  readonly text: string | null;
  readonly withheld: boolean;
}

/** A support plan approved in the meeting (支援決定), as approved. */
export interface RecordedPlan {
  readonly number: number;
  readonly personWishes: RecordedText | null;
  readonly familyWishes: RecordedText | null;
  readonly policy: RecordedText | null;
  readonly leadAgency: string | null;
  readonly nextReviewOn: string | null;
  readonly agreement: { readonly method: ConsentMethod; readonly obtainedAt: Date } | null;
  readonly participationReferral: boolean;
  readonly outreach: boolean;
  readonly goals: readonly RecordedGoal[];
}

export interface RecordedGoal {
  /** 長期 / 短期, as labelled. */
  readonly term: string;
  readonly text: RecordedText | null;
  readonly targetDate: string | null;
  readonly roles: readonly { readonly agency: string; readonly action: RecordedText | null; readonly frequency: string }[];
}
