import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { IntakeConsents } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { Clock, DataCategory, ProvisionEffect, Purpose, type ConsentMethod } from '@renkei/kernel';
import { ConsentEntity, ConsentProvisionEntity } from './consent.entity.js';

/**
 * The consent to be connected to the coordinating body (つなぐことへの同意), asked at every
 * counter: the counter's consent for its own intake record (category BASIC), so the
 * coordinator receives the intake in full. Revocable like any consent.
 */
@Injectable()
export class ConnectionConsents extends IntakeConsents {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    super();
  }

  async recordConsentToConnect(actor: Actor, caseId: string, method: ConsentMethod): Promise<void> {
    const now = this.clock.now();
    const { manager } = this.tx;
    const consent = await manager.save(
      manager.create(ConsentEntity, {
        caseId,
        municipalityId: actor.municipalityId,
        providerAgencyIds: [actor.agencyId],
        method,
        obtainedAt: now,
        validFrom: now,
        validUntil: null,
        evidenceNote: '受付時のつなぐことへの同意 Consent to connect, given at intake',
        recordedByUserId: actor.userId,
        recordedByAgencyId: actor.agencyId,
        revokedAt: null,
        revokedByUserId: null,
        revocationReason: null,
        provisions: [
          manager.create(ConsentProvisionEntity, {
            effect: ProvisionEffect.PERMIT,
            recipientAgencyIds: [],
            recipientSectors: [],
            toCoordinatingBody: true,
            dataCategories: [DataCategory.BASIC],
            purposes: [Purpose.CASE_COORDINATION, Purpose.CONFERENCE],
          }),
        ],
      }),
    );
    await this.audit.record(actor, [{ action: 'consent.recorded', caseId, consentId: consent.id, categories: [DataCategory.BASIC], details: { method, consentToConnect: true } }]);
  }
}
