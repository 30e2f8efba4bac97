import type { Actor } from '@renkei/access';
import type { RecordedPlan } from './conference-record-data.js';

/**
 * The port through which the conference record (会議録) shows the support plans approved in
 * the meeting without depending on the plans context, which implements it.
 */
export abstract class ConferencePlans {
  /**
   * For each of these agenda cases, the plans approved in the meeting, as approved (none for
   * a case without one). Read with the meeting's scope, so what the reader may see and the
   * provisions recorded are those of the meeting.
   */
  abstract approvedInMeeting(actor: Actor, conferenceId: string, caseIds: readonly string[]): Promise<Map<string, RecordedPlan[]>>;
}
