import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { ConferenceEventType } from './conference-events.js';
import { ConferenceStore } from './conference-store.js';
import { DecisionEntity } from './conference.entity.js';

/** A decision to record on an agenda case; `planId` links the support plan version it decided. */
export interface NewDecision {
  conferenceId: string;
  caseId: string;
  text: string;
  planId?: string | null;
}

/**
 * Writes a meeting's decision (決定事項), in the caller's transaction, with its audit entry and
 * its announcement to the live room: one way for the room's own decisions and the plan's.
 * The caller has checked the actor may record it.
 */
@Injectable()
export class ConferenceDecisions {
  constructor(
    private readonly tx: Transactions,
    private readonly store: ConferenceStore,
    private readonly audit: AuditTrail,
  ) {}

  async record(actor: Actor, decision: NewDecision): Promise<DecisionEntity> {
    return this.tx.run(async (manager) => {
      const { conferenceId, caseId, text } = decision;
      const saved = await manager.save(manager.create(DecisionEntity, { conferenceId, caseId, text, planId: decision.planId ?? null, recordedByUserId: actor.userId }));
      await this.audit.record(actor, [{ action: 'conference.decision_recorded', conferenceId, caseId, details: { decisionId: saved.id, ...(saved.planId ? { planId: saved.planId } : {}) } }]);
      await this.store.announce({ type: ConferenceEventType.DECISION_RECORDED, conferenceId, caseId, text, userId: actor.userId });
      return saved;
    });
  }
}
