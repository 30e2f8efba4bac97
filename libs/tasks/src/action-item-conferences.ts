import type { Actor } from '@renkei/access';

/**
 * The port through which tasks meet conferences without depending on them: the conference
 * context says whether a conference takes an action item for a case, and hears of one.
 */
export abstract class ActionItemConferences {
  /**
   * Throws (NOT_FOUND, BAD_USER_INPUT, CONFLICT) unless the conference takes action items on
   * the case; else its member agencies (participants and the chair's), who may be given one.
   */
  abstract assertAcceptsActionItem(actor: Actor, conferenceId: string, caseId: string): Promise<{ id: string; memberAgencyIds: readonly string[] }>;

  /** In the assignment's transaction: an action item was assigned in the conference. */
  abstract actionItemAssigned(conferenceId: string, taskId: string, caseId: string): Promise<void>;
}
