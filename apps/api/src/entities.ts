import { AGENCY_ENTITIES } from '@renkei/agencies';
import { AUDIT_ENTITIES } from '@renkei/audit';
import { CASE_ENTITIES } from '@renkei/cases';
import { CONFERENCE_ENTITIES } from '@renkei/conferences';
import { CONSENT_ENTITIES } from '@renkei/consent';
import { IDENTITY_ENTITIES } from '@renkei/identity';
import { PLAN_ENTITIES } from '@renkei/plans';
import { SUMMARY_ENTITIES } from '@renkei/summaries';
import { TASK_ENTITIES } from '@renkei/tasks';

/** Every table of the application, context by context. */
export const ENTITIES = [...AGENCY_ENTITIES, ...IDENTITY_ENTITIES, ...AUDIT_ENTITIES, ...CASE_ENTITIES, ...CONSENT_ENTITIES, ...SUMMARY_ENTITIES, ...TASK_ENTITIES, ...CONFERENCE_ENTITIES, ...PLAN_ENTITIES];
