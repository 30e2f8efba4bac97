import type { ConferenceStatus } from '../../gql/enums';
import type { BadgeTone } from '../../ui/Badge';

export const statusTone: Record<ConferenceStatus, BadgeTone> = { SCHEDULED: 'info', IN_PROGRESS: 'success', ENDED: 'neutral', CANCELLED: 'warning' };
