import { Injectable } from '@nestjs/common';
import { Clock, DomainError, Role } from '@renkei/kernel';
import { defineAbilityFor, type Action, type AppAbility, type SubjectFacts, type SubjectName } from './ability.js';
import type { Actor } from './actor.js';
import { dataVisibilitySql, type DataVisibilitySql, type ReadScope } from './data-visibility.js';
import { ConsentFacts, EmergencyFacts, MeetingFacts, type DataRefs } from './facts.js';
import { sqlConditionFor, type ColumnMap, type SqlCondition } from './sql-conditions.js';

/** The property CASL's `subject()` tags a record with, and its subject type detection reads. */
const CASL_SUBJECT_TYPE = '__caslSubjectType__';

// About as many as there are staff signed in at once; a miss only costs building one again.
const SHARED_ABILITIES = 1000;

/** The columns of a query over cases that the readable-case rule needs. */
export interface CaseColumns {
  readonly caseId: string;
  readonly municipalityId: string;
  /** A predicate that the case's team holds the agency bound to the given parameter. */
  readonly teamHas: (agencyParam: string) => string;
}

/**
 * What services ask before they act: may this actor do this to that record, which rows may
 * they list, and which of a person's data may they see, on which basis. The only place
 * access is decided; the contexts that own the tables supply the facts through the ports.
 */
@Injectable()
export class AccessPolicy {
  // An actor object lives for one operation: the quick way to its ability.
  private readonly abilities = new WeakMap<Actor, AppAbility>();
  // Abilities are pure functions of the actor's facts, so requests with the same facts share
  // one (built once, its rule index warm). The key is every fact of the actor: a change of
  // roles, agency or tenant is another key, never a stale ability. Consent is not a rule
  // input (it is decided in SQL at read time), so nothing here outlives a consent change.
  private readonly abilitiesByFacts = new Map<string, AppAbility>();

  constructor(
    private readonly clock: Clock,
    private readonly consents: ConsentFacts,
    private readonly meetings: MeetingFacts,
    private readonly emergencies: EmergencyFacts,
  ) {}

  abilityFor(actor: Actor): AppAbility {
    let ability = this.abilities.get(actor);
    if (!ability) {
      ability = this.abilityForFacts(actor);
      this.abilities.set(actor, ability);
    }
    return ability;
  }

  private abilityForFacts(actor: Actor): AppAbility {
    const facts = JSON.stringify(actor);
    let ability = this.abilitiesByFacts.get(facts);
    if (ability) {
      // Re-inserted as the most recently used, so the bound drops the idle ones first.
      this.abilitiesByFacts.delete(facts);
    } else {
      ability = defineAbilityFor(actor);
      if (this.abilitiesByFacts.size >= SHARED_ABILITIES) this.abilitiesByFacts.delete(this.abilitiesByFacts.keys().next().value as string);
    }
    this.abilitiesByFacts.set(facts, ability);
    return ability;
  }

  can<S extends SubjectName>(actor: Actor, action: Action, kind: S, record: SubjectFacts[S]): boolean {
    // Tagged with its kind as CASL reads it (an own property of a copy, so the caller's record
    // stays as it was), not through CASL's subject(): its defineProperty costs about 2 µs on
    // Node 20, and this runs for every subscriber an event reaches. The generic record cannot
    // be narrowed to one member of the subject union.
    return this.abilityFor(actor).can(action, { [CASL_SUBJECT_TYPE]: kind, ...record } as Parameters<AppAbility['can']>[1]);
  }

  /**
   * Throws NOT_FOUND when the actor may not even read the record (so its existence is not
   * revealed), FORBIDDEN when they may read it but not do `action` to it.
   */
  assert<S extends SubjectName>(actor: Actor, action: Action, kind: S, record: SubjectFacts[S]): void {
    if (this.can(actor, action, kind, record)) return;
    if (action !== 'read' && this.can(actor, 'read', kind, record)) throw DomainError.forbidden();
    throw DomainError.notFound(kind);
  }

  /** The SQL that confines a list query to the rows the actor may `action`. */
  listCondition(actor: Actor, action: Action, kind: SubjectName, columns: ColumnMap): SqlCondition | null {
    return sqlConditionFor(this.abilityFor(actor), action, kind, columns);
  }

  /**
   * The cases the actor may know of, as SQL: by role (the coordinating body sees that every
   * case exists, a team agency sees its cases), or, for a member of a 支援会議 whose basis
   * holds, the cases on its agenda. Null when the actor may know of no case at all.
   */
  readableCases(actor: Actor, columns: CaseColumns): SqlCondition | null {
    const byRole = this.listCondition(actor, 'read', 'Case', { municipalityId: columns.municipalityId, teamAgencyIds: columns.teamHas });
    // The coordinating body knows of every case already; a meeting adds nothing, and a plain
    // tenant condition keeps the listing on its index.
    if (actor.roles.includes(Role.COORDINATOR) || !this.abilityFor(actor).can('participate', 'Conference')) return byRole;
    // Uncorrelated: the reader's meeting cases are found once per query, not once per case.
    const meeting = this.meetings.supportMeetingCaseIds(actor, this.clock.now(), 'rc_meeting_');
    const byMeeting = `(${columns.municipalityId} = :rc_tenant AND ${columns.caseId} IN (${meeting.sql}))`;
    const params = { ...meeting.params, rc_tenant: actor.municipalityId };
    return byRole ? { sql: `(${byRole.sql} OR ${byMeeting})`, params: { ...byRole.params, ...params } } : { sql: byMeeting, params };
  }

  /**
   * Whether, and on which basis, the actor sees one item of a person's data: an agency's
   * summary section, or the case record itself (the person's identity and intake, category
   * BASIC of the recording agency: `identity`). See {@link dataVisibilitySql}.
   */
  dataVisibility(actor: Actor, refs: DataRefs, scope: ReadScope, prefix: string, identity = false): DataVisibilitySql {
    return dataVisibilitySql(this.consents, this.meetings, this.emergencies, { actor, refs, scope, at: this.clock.now(), prefix, identity });
  }

  /**
   * The 守秘義務 gate: a conference's case content (agenda cases, minutes, decisions, action
   * items, its record, its live room's content) only for a participant who acknowledged the
   * duty of confidentiality for that meeting.
   */
  mayReadMeetingContent(actor: Actor, meeting: { readonly acknowledgedUserIds: readonly string[] }): boolean {
    return meeting.acknowledgedUserIds.includes(actor.userId);
  }

  /**
   * Whether the actor was in a meeting — its chair, or of a member agency — so its material
   * (action items, reviews) is theirs to see: 支援会議 material is closed to its members (非公開).
   */
  wasInMeeting(actor: Actor, meeting: { readonly chairUserId: string; readonly memberAgencyIds: readonly string[] }): boolean {
    return meeting.chairUserId === actor.userId || meeting.memberAgencyIds.includes(actor.agencyId);
  }

  /**
   * The chair's rule (会長): only the meeting's chair puts a support plan before it, takes its
   * decision on the plan (支援決定, evaluation) and asks agencies to attend or to provide
   * information (出席・情報提供の依頼). FORBIDDEN for anyone else.
   */
  assertChair(actor: Actor, meeting: { readonly chairUserId: string }): void {
    if (meeting.chairUserId !== actor.userId) throw DomainError.forbidden('Only the chair of the meeting may do this');
  }

  assertMeetingContent(actor: Actor, meeting: { readonly acknowledgedUserIds: readonly string[] }): void {
    if (!this.mayReadMeetingContent(actor, meeting)) throw DomainError.forbidden('Acknowledge the duty of confidentiality (守秘義務) for this meeting first');
  }
}
