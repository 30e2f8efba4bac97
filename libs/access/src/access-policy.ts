import { Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import { Clock, DomainError, type Purpose } from '@renkei/kernel';
import { defineAbilityFor, type Action, type AppAbility, type SubjectFacts, type SubjectName } from './ability.js';
import type { Actor } from './actor.js';
import { sectionVisibilitySql, type ConsentProvisionSource, type SectionRefs, type SectionVisibilitySql } from './section-visibility.js';
import { sqlConditionFor, type ColumnMap, type SqlCondition } from './sql-conditions.js';
import { supportMeetingBasisHolds, type SupportMeetingFacts } from './support-meeting.js';

/**
 * What services ask before they act: may this actor do this to that record, and which rows
 * may they list. The only place access is decided.
 */
@Injectable()
export class AccessPolicy {
  // Abilities are pure functions of the actor; an actor object lives for one operation.
  private readonly abilities = new WeakMap<Actor, AppAbility>();

  constructor(private readonly clock: Clock) {}

  abilityFor(actor: Actor): AppAbility {
    let ability = this.abilities.get(actor);
    if (!ability) {
      ability = defineAbilityFor(actor);
      this.abilities.set(actor, ability);
    }
    return ability;
  }

  can<S extends SubjectName>(actor: Actor, action: Action, kind: S, record: SubjectFacts[S]): boolean {
    // The generic record cannot be narrowed to one member of the subject union.
    return this.abilityFor(actor).can(action, asSubject(kind, { ...record }) as Parameters<AppAbility['can']>[1]);
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

  /**
   * Which summary sections the actor sees, and on which basis, for `purpose`, now; within a
   * meeting, with the 支援会議 basis when {@link supportMeetingBasisHolds} for the case.
   */
  sectionVisibility(actor: Actor, refs: SectionRefs, consents: ConsentProvisionSource, purpose: Purpose, meeting?: { facts: SupportMeetingFacts; caseId: string }): SectionVisibilitySql {
    const now = this.clock.now();
    const supportMeeting = meeting ? supportMeetingBasisHolds(meeting.facts, actor, meeting.caseId, now) : false;
    return sectionVisibilitySql(actor, refs, consents, purpose, now, supportMeeting);
  }

  /** The SQL that confines a list query to the rows the actor may `action`. */
  listCondition(actor: Actor, action: Action, kind: SubjectName, columns: ColumnMap): SqlCondition | null {
    return sqlConditionFor(this.abilityFor(actor), action, kind, columns);
  }
}
