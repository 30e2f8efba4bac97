import { AGENCY_ENTITIES } from '@renkei/agencies';
import { IDENTITY_ENTITIES } from '@renkei/identity';

/** Every table of the application, context by context. */
export const ENTITIES = [...AGENCY_ENTITIES, ...IDENTITY_ENTITIES];
