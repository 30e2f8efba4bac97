import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { DomainError } from '@renkei/kernel';
import { ConferenceDecisions, type NewDecision } from './conference-decisions.js';
import { ConferenceEventType } from './conference-events.js';
import { ConferenceStore } from './conference-store.js';
import { AgendaItemEntity, type ConferenceKind, type ConferenceStatus } from './conference.entity.js';

/** What a support plan's step needs to know of the meeting it is taken in. */
export interface PlanMeeting {
  readonly id: string;
  readonly municipalityId: string;
  readonly kind: ConferenceKind;
  readonly status: ConferenceStatus;
  readonly chairUserId: string;
  /** The plan version carried by the agenda item of the case, if the case is on the agenda; undefined if it is not. */
  readonly agendaPlanId: string | null | undefined;
}

/**
 * The conferences' public face for the support-plan context: the facts of the meeting a plan
 * is proposed, approved or evaluated in, the plan an agenda item carries, and the meeting's
 * decision on it. Decisions about who may act are the caller's (through the access layer).
 */
@Injectable()
export class PlanMeetings {
  constructor(
    private readonly tx: Transactions,
    private readonly store: ConferenceStore,
    private readonly decisions: ConferenceDecisions,
  ) {}

  /** The meeting, if the actor may see it (NOT_FOUND otherwise), as it stands for the case. */
  async meeting(actor: Actor, conferenceId: string, caseId: string): Promise<PlanMeeting> {
    const { entity } = await this.store.require(actor, conferenceId);
    const item = (entity.agenda ?? []).find((a) => a.caseId === caseId);
    return { id: entity.id, municipalityId: entity.municipalityId, kind: entity.kind, status: entity.status, chairUserId: entity.chairUserId, agendaPlanId: item ? item.planId : undefined };
  }

  /** In the caller's transaction: the case's agenda item carries this plan version now. */
  async carryPlan(conferenceId: string, caseId: string, planId: string): Promise<void> {
    const result = await this.tx.manager.update(AgendaItemEntity, { conferenceId, caseId }, { planId });
    if (result.affected !== 1) throw DomainError.badInput([{ field: 'conferenceId', message: 'the case is not on the conference agenda' }]);
    await this.store.announce({ type: ConferenceEventType.AGENDA_CHANGED, conferenceId });
  }

  /** In the caller's transaction: the meeting's decision on the plan, linked to its version; returns its id. */
  async recordDecision(actor: Actor, decision: NewDecision & { planId: string }): Promise<string> {
    return (await this.decisions.record(actor, decision)).id;
  }
}
