import type { ConferenceKind } from '../../gql/enums';
import { m } from './messages';

/** The duty each kind of meeting rests on: statutory for a 支援会議, the person's consent for a 重層的支援会議. */
export const confidentialityStatement = {
  SUPPORT_MEETING: m.confidentialitySupport,
  MULTI_AGENCY_MEETING: m.confidentialityMulti,
} satisfies Record<ConferenceKind, unknown>;
