/**
 * How each table of the schema would be placed on distributed PostgreSQL (Citus), with the
 * municipality as the distribution key (docs/scaling.md). Every table not named here carries
 * `municipality_id` and becomes a distributed table; `tenant-schema.spec.ts` holds the schema
 * of a freshly migrated database to these lists, so a new table has to take a side.
 */

/** Tables that hold no municipality's rows, each with the reason. */
export const GLOBAL_TABLES: Readonly<Record<string, string>> = {
  // The tenants themselves: the values of the distribution key. A Citus reference table
  // (a copy on every node), so that every distributed table may keep its foreign key to it.
  municipalities: 'the tenants themselves (a reference table)',
  // TypeORM's record of applied migrations: schema state, not data; stays on the coordinator.
  schema_migrations: 'the migrations applied (local to the coordinator)',
};

/**
 * Tables whose rows are reached only through a parent row that carries `municipality_id`:
 * `parent` is that table (or one that itself resolves to it), `column` the reference to it.
 * On one database they are correctly scoped by the parent's condition; on Citus each one has
 * to gain the column (added, backfilled from `parent`) before it can be distributed beside its
 * parent, because a foreign key between distributed tables must contain the distribution
 * column. This list is that work, written down.
 */
export const REACHED_THROUGH_PARENT: Readonly<Record<string, { parent: string; column: string; why: string }>> = {
  assessment_texts: { parent: 'assessments', column: 'assessment_id', why: 'the texts of one アセスメント, read and erased with it' },
  case_status_changes: { parent: 'cases', column: 'case_id', why: 'the history of one case’s status' },
  case_summaries: { parent: 'cases', column: 'case_id', why: 'one agency’s summary of one case' },
  case_summary_sections: { parent: 'case_summaries', column: 'summary_id', why: 'the sections of one summary, per category' },
  case_summary_versions: { parent: 'case_summaries', column: 'summary_id', why: 'the earlier versions of one summary' },
  case_team_members: { parent: 'cases', column: 'case_id', why: 'the agencies on one case’s team' },
  conference_acknowledgements: { parent: 'conferences', column: 'conference_id', why: 'who acknowledged one meeting’s 守秘義務' },
  conference_action_reviews: { parent: 'conferences', column: 'conference_id', why: 'one meeting’s review of earlier action items' },
  conference_agenda_items: { parent: 'conferences', column: 'conference_id', why: 'one meeting’s agenda and minutes' },
  conference_attendance: { parent: 'conferences', column: 'conference_id', why: 'who joined and left one meeting' },
  conference_decisions: { parent: 'conferences', column: 'conference_id', why: 'the decisions recorded in one meeting' },
  // An outbox: its relay reads it across municipalities today (docs/scaling.md, "Outbox").
  conference_events: { parent: 'conferences', column: 'conference_id', why: 'the live events of one meeting (outbox, topic per meeting)' },
  conference_participants: { parent: 'conferences', column: 'conference_id', why: 'the agencies invited to one meeting' },
  consent_provisions: { parent: 'consents', column: 'consent_id', why: 'the provisions of one consent' },
  plan_goals: { parent: 'plans', column: 'plan_id', why: 'the goals of one support plan' },
  plan_roles: { parent: 'plans', column: 'plan_id', why: 'the agencies’ roles under one plan’s goals' },
  plan_texts: { parent: 'plans', column: 'plan_id', why: 'the texts of one support plan' },
  referral_steps: { parent: 'referrals', column: 'referral_id', why: 'the history of one 参加支援 referral' },
  task_comments: { parent: 'tasks', column: 'task_id', why: 'the comments on one task' },
};

/**
 * Known debt: primary keys and unique indexes of municipality tables that do not contain
 * `municipality_id`, which Citus refuses on a distributed table (it enforces uniqueness only
 * within one shard). Written `table (columns)`. The list must shrink, never grow: the test
 * fails on a new key without the column, and on an entry that no longer exists.
 */
export const KEYS_WITHOUT_MUNICIPALITY: readonly string[] = [
  'agencies (id)',
  'assessments (case_id, number)',
  'assessments (id)',
  'audit_events (id)',
  'cases (id)',
  'community_activities (id)',
  'conference_request_events (id)',
  'conference_requests (id)',
  'conferences (id)',
  'consents (id)',
  'disclosure_withholdings (provision_record_id)',
  'emergency_access_events (id)',
  'emergency_accesses (id)',
  'host_support_notes (id)',
  'plans (case_id) partial',
  'plans (case_id, number)',
  'plans (id)',
  'referrals (id)',
  'resources (id)',
  'retention_case_erasures (case_id)',
  'task_events (id)',
  'tasks (id)',
  'tasks (plan_role_id) partial',
  // Sign-in finds a user by e-mail before it knows the municipality: on Citus this needs a
  // directory of e-mail addresses of its own (docs/scaling.md, "Sign-in").
  'users (email)',
  'users (id)',
];

/**
 * Known debt: foreign keys between two municipality tables that do not contain
 * `municipality_id` on both sides; Citus accepts a foreign key between distributed tables
 * only when it does (then both ends are on one shard). Written `table (columns) → parent`.
 * Same rule: shrink only.
 */
export const FOREIGN_KEYS_WITHOUT_MUNICIPALITY: readonly string[] = [
  'assessments (agency_id) → agencies',
  'assessments (case_id) → cases',
  'conference_requests (agency_id) → agencies',
  'conference_requests (conference_id) → conferences',
  'consents (case_id) → cases',
  'emergency_accesses (case_id) → cases',
  'plans (agency_id) → agencies',
  'plans (case_id) → cases',
  'plans (lead_agency_id) → agencies',
  'referrals (case_id) → cases',
  'tasks (case_id) → cases',
];
