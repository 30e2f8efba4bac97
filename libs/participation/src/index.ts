import { HostSupportNoteEntity } from './host-support-note.entity.js';
import { ReferralEntity, ReferralStepEntity } from './referral.entity.js';

export { ParticipationModule } from './participation.module.js';
export { ReferralsService } from './referrals.service.js';
export type { ReferralModel } from './referral.model.js';
export { ReferralEndReason, ReferralStatus } from './referral-enums.js';
export { REFERRAL_STATUS_LABELS } from './referral-status.js';
export { HostSupportKind } from './host-support-kind.js';

/** The tables this context owns, for the application's DataSource. */
export const PARTICIPATION_ENTITIES = [HostSupportNoteEntity, ReferralEntity, ReferralStepEntity];
export { PARTICIPATION_INDICATOR_FACTS } from './participation-indicator-facts.js';
