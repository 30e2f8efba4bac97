import type { Actor } from '@renkei/access';
import type { ConsentMethod } from '@renkei/kernel';

/**
 * The port through which an intake records the person's consent to be connected to the
 * coordinating body (つなぐことへの同意) without the cases context depending on consents.
 */
export abstract class IntakeConsents {
  /** In the intake's transaction: the counter's consent for its intake record, to the coordinating body. */
  abstract recordConsentToConnect(actor: Actor, caseId: string, method: ConsentMethod): Promise<void>;
}
