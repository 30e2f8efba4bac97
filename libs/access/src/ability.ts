import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility } from '@casl/ability';
import { Role } from '@renkei/kernel';
import type { Actor } from './actor.js';

export type Action =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'deactivate'
  | 'registerIntake'
  | 'manageTeam'
  | 'changeStatus'
  | 'recordConsent'
  | 'writeSummary'
  | 'writePlan'
  | 'evaluate'
  | 'run'
  | 'participate'
  | 'declareEmergency'
  | 'review'
  | 'disclose'
  | 'withhold'
  | 'refer';

/** The facts of each kind of record that policies look at. */
export interface SubjectFacts {
  // `id` is absent for a record about to be created.
  Agency: { id?: string; municipalityId: string };
  User: { id?: string; municipalityId: string };
  AuditTrail: { municipalityId: string };
  Municipality: { municipalityId: string };
  /** A case, with the agencies on its team (a relation: an EXISTS in SQL). */
  Case: { id?: string; municipalityId: string; teamAgencyIds: readonly string[] };
  /** A case conference, with its participating agencies (a relation). */
  Conference: { id?: string; municipalityId: string; participantAgencyIds: readonly string[] };
  /** A task, by whom it is assigned to (reading it follows its case). */
  Task: { id?: string; municipalityId: string; assigneeUserId: string | null; assigneeAgencyId: string | null };
  /** A support plan (支援プラン), by its lead agency (主担当), who evaluates it with the coordinator. */
  Plan: { id?: string; municipalityId: string; leadAgencyId: string | null };
  /** An emergency access declaration (緊急時の閲覧), by who declared it. */
  EmergencyAccess: { id?: string; municipalityId: string; declaredByUserId: string };
  /** A local resource of the directory (社会資源): not personal data, the municipality's own. */
  Resource: { id?: string; municipalityId: string };
  /** A referral to a local resource (参加支援のつなぎ), by the agency that made it. */
  Referral: { id?: string; municipalityId: string; agencyId: string };
  /** A note of support given to a host site (受入先への支援): about the host, not a person. */
  HostSupport: { id?: string; municipalityId: string };
  /** A community-building activity (地域づくり): counts, never lists of residents. */
  CommunityActivity: { id?: string; municipalityId: string };
  /** The municipality's retention periods (保存期間) and the removal they drive. */
  RetentionPolicy: { municipalityId: string };
  /** The municipality's figures (指標), their targets and what it reports to the nation. */
  Indicators: { municipalityId: string };
}
export type SubjectName = keyof SubjectFacts;
type Subject = SubjectName | { [K in SubjectName]: SubjectFacts[K] & ForcedSubject<K> }[SubjectName];

export type AppAbility = MongoAbility<[Action, Subject]>;

/**
 * The role rules of the platform, for one actor. Everything is confined to the actor's own
 * municipality: no rule ever names another tenant's rows.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const tenant = { municipalityId: actor.municipalityId };
  const onTeam = { ...tenant, teamAgencyIds: actor.agencyId };

  // The agency directory is public within the municipality: every member needs it to
  // name recipients of consent, case-team members and task assignees.
  can('read', 'Agency', tenant);
  can('read', 'User', { id: actor.userId });
  can('read', 'Municipality', tenant);
  // The directory of local resources (社会資源) is for every counter to link people to.
  can('read', 'Resource', tenant);
  // What hosts need and what the community does are the municipality's own figures, not a person's.
  can('read', ['HostSupport', 'CommunityActivity'], tenant);

  if (actor.roles.includes(Role.ADMIN)) {
    can('manage', 'Agency', tenant);
    can('manage', 'User', tenant);
    can('manage', 'Municipality', tenant);
    // Only the administrator decides how long personal data is kept, and runs its removal.
    can('manage', 'RetentionPolicy', tenant);
    // Targets, the suppression threshold and the national items are the administrator's to set.
    can(['read', 'update'], 'Indicators', tenant);
    can(['create', 'update'], 'Resource', tenant);
    // An administrator who deactivates themselves locks the municipality out.
    cannot('deactivate', 'User', { id: actor.userId });
  }
  if (actor.roles.includes(Role.ADMIN) || actor.roles.includes(Role.AUDITOR)) {
    can('read', 'AuditTrail', tenant);
    // 本人開示 (APPI art. 33 / 76–78): the municipality answers the person's request.
    can('disclose', 'Case', tenant);
  }
  if (actor.roles.includes(Role.AUDITOR)) {
    // The personal-information officer reviews every emergency access afterwards.
    can(['read', 'review'], 'EmergencyAccess', tenant);
    // The officer decides which entries of a disclosure are withheld (APPI art. 78 grounds).
    can('withhold', 'Case', tenant);
    // The officer reads the figures too, emergency accesses and their verdicts among them.
    can('read', 'Indicators', tenant);
  }
  // Whoever declared an emergency access sees it and may end it early.
  can(['read', 'update'], 'EmergencyAccess', { ...tenant, declaredByUserId: actor.userId });
  if (actor.roles.includes(Role.COORDINATOR)) {
    // The coordinator knows, develops and links the local resources (地域づくり): maintains the directory.
    can(['create', 'update'], 'Resource', tenant);
    // 参加支援 and 地域づくり: the coordinator links people to resources, supports the hosts, records activities.
    can('refer', 'Case', tenant);
    can('update', 'Referral', tenant);
    can('create', ['HostSupport', 'CommunityActivity'], tenant);
    can('update', 'CommunityActivity', tenant);
    // The coordinating body sees that every case exists (its content follows consent).
    can(['read', 'create', 'registerIntake', 'manageTeam', 'changeStatus', 'recordConsent'], 'Case', tenant);
    can('writeSummary', 'Case', onTeam);
    // The coordinating body writes the assessment and the plan with the team (多機関協働).
    can('writePlan', 'Case', tenant);
    can('evaluate', 'Plan', tenant);
    // The coordinator is told of every emergency access (and may declare one on any case).
    can('declareEmergency', 'Case', tenant);
    can('read', 'EmergencyAccess', tenant);
    // The coordinating body convenes and chairs conferences (支援会議の会長 / 事務局).
    can(['read', 'create', 'run', 'participate'], 'Conference', tenant);
    // The coordinator follows every task: moves it along, hands it to others.
    can('update', 'Task', tenant);
    // The coordinating body follows the municipality's figures (指標) against their targets.
    can('read', 'Indicators', tenant);
  }
  if (actor.roles.includes(Role.CASEWORKER)) {
    // 断らない相談支援 — every counter may take in any person.
    can('registerIntake', 'Case', tenant);
    can(['read', 'recordConsent', 'writeSummary'], 'Case', onTeam);
    // 緊急時 (APPI art. 27(1)(ii)): a team caseworker may open what consent does not cover, never silently.
    can('declareEmergency', 'Case', onTeam);
    // A team caseworker connects the person to a local resource and follows it, with the host.
    can('refer', 'Case', onTeam);
    can('update', 'Referral', { ...tenant, agencyId: actor.agencyId });
    can('create', 'HostSupport', tenant);
    can(['read', 'participate'], 'Conference', { ...tenant, participantAgencyIds: actor.agencyId });
    // A task is acted on by its assignee: the user, or anyone of the assignee agency. Other
    // team members may read it and comment, not cancel or reassign another agency's work.
    can('update', 'Task', { ...tenant, assigneeUserId: actor.userId });
    can('update', 'Task', { ...tenant, assigneeAgencyId: actor.agencyId });
    // The lead agency (主担当) accompanies the person once the coordinator steps back: it evaluates the plan.
    can('evaluate', 'Plan', { ...tenant, leadAgencyId: actor.agencyId });
  }
  return build();
}
