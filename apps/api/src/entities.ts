import { AGENCY_ENTITIES } from '@renkei/agencies';
import { AUDIT_ENTITIES } from '@renkei/audit';
import { CASE_ENTITIES } from '@renkei/cases';
import { COMMUNITY_ENTITIES } from '@renkei/community';
import { CONFERENCE_ENTITIES } from '@renkei/conferences';
import { CONSENT_ENTITIES } from '@renkei/consent';
import { DISCLOSURE_ENTITIES } from '@renkei/disclosure';
import { EMERGENCY_ENTITIES } from '@renkei/emergency';
import { IDENTITY_ENTITIES } from '@renkei/identity';
import { INDICATOR_ENTITIES } from '@renkei/indicators';
import { PARTICIPATION_ENTITIES } from '@renkei/participation';
import { PLAN_ENTITIES } from '@renkei/plans';
import { RESOURCE_ENTITIES } from '@renkei/resources';
import { RETENTION_ENTITIES } from '@renkei/retention';
import { SUMMARY_ENTITIES } from '@renkei/summaries';
import { TASK_ENTITIES } from '@renkei/tasks';

/** Every table of the application, context by context. */
export const ENTITIES = [...AGENCY_ENTITIES, ...IDENTITY_ENTITIES, ...AUDIT_ENTITIES, ...CASE_ENTITIES, ...CONSENT_ENTITIES, ...SUMMARY_ENTITIES, ...TASK_ENTITIES, ...CONFERENCE_ENTITIES, ...PLAN_ENTITIES, ...EMERGENCY_ENTITIES, ...DISCLOSURE_ENTITIES, ...RESOURCE_ENTITIES, ...PARTICIPATION_ENTITIES, ...COMMUNITY_ENTITIES, ...RETENTION_ENTITIES, ...INDICATOR_ENTITIES];
