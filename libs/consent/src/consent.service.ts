import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { Clock, DomainError, isUuid, Role, type FieldViolation } from '@renkei/kernel';
import { IsNull } from 'typeorm';
import { consentsOfCase } from './case-consents.js';
import { ConsentEntity, ConsentProvisionEntity } from './consent.entity.js';
import { ConsentModel } from './consent.model.js';
import type { RecordConsentInput } from './dto/record-consent.input.js';

// Clocks differ a little between the recording client and the server.
const CLOCK_SKEW_MS = 5 * 60_000;

/** Recording and revoking consent. Whoever may record consent on a case may revoke it. */
@Injectable()
export class ConsentService {
  constructor(
    private readonly tx: Transactions,
    private readonly cases: CasesService,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: RecordConsentInput): Promise<ConsentModel> {
    return this.tx.run(async (manager) => {
      const { entity: caseEntity } = await this.cases.require(actor, input.caseId, 'recordConsent');
      this.validate(input);
      const providerAgencyIds = this.providersFor(actor, input.providerAgencyIds);
      const agencyIds = [...new Set([...providerAgencyIds, ...input.provisions.flatMap((p) => p.recipientAgencyIds)])];
      for (const agencyId of agencyIds) await this.agencies.get(actor, agencyId);
      const consent = await manager.save(
        manager.create(ConsentEntity, {
          caseId: caseEntity.id,
          municipalityId: caseEntity.municipalityId,
          providerAgencyIds,
          method: input.method,
          obtainedAt: input.obtainedAt,
          validFrom: input.validFrom,
          validUntil: input.validUntil ?? null,
          evidenceNote: input.evidenceNote,
          recordedByUserId: actor.userId,
          recordedByAgencyId: actor.agencyId,
          revokedAt: null,
          revokedByUserId: null,
          revocationReason: null,
          provisions: input.provisions.map((p) => manager.create(ConsentProvisionEntity, { ...p })),
        }),
      );
      await this.audit.record(actor, [
        {
          action: 'consent.recorded',
          caseId: caseEntity.id,
          consentId: consent.id,
          categories: [...new Set(input.provisions.flatMap((p) => p.dataCategories))],
          details: { method: input.method, provisions: input.provisions.length, providerAgencyIds },
        },
      ]);
      return ConsentModel.from(consent, this.clock.now());
    });
  }

  /** Takes effect at once: every later read, and every live check, finds it revoked. */
  async revoke(actor: Actor, consentId: string, reason: string): Promise<ConsentModel> {
    return this.tx.run(async (manager) => {
      const consent = isUuid(consentId) ? await manager.findOne(ConsentEntity, { where: { id: consentId }, relations: { provisions: true } }) : null;
      if (!consent) throw DomainError.notFound('Consent');
      await this.cases.require(actor, consent.caseId, 'recordConsent').catch((error: unknown) => {
        // A consent on a case the actor cannot see does not exist for them.
        throw error instanceof DomainError && error.kind === 'NOT_FOUND' ? DomainError.notFound('Consent') : error;
      });
      if (consent.revokedAt) throw DomainError.conflict('This consent is already revoked');
      Object.assign(consent, { revokedAt: this.clock.now(), revokedByUserId: actor.userId, revocationReason: reason });
      const result = await manager.update(ConsentEntity, { id: consent.id, revokedAt: IsNull() }, { revokedAt: consent.revokedAt, revokedByUserId: actor.userId, revocationReason: reason });
      if (result.affected !== 1) throw DomainError.conflict('This consent is already revoked');
      await this.audit.record(actor, [{ action: 'consent.revoked', caseId: consent.caseId, consentId: consent.id, details: { reason } }]);
      return ConsentModel.from(consent, this.clock.now());
    });
  }

  async list(actor: Actor, caseId: string): Promise<ConsentModel[]> {
    const { entity } = await this.cases.require(actor, caseId);
    return consentsOfCase(this.tx.manager, entity.id, this.clock.now());
  }

  /**
   * APPI art. 27: the provider obtains the consent for its own data. A caseworker records it
   * for their own agency's data; the coordinating body may name providers, or none for the
   * common consent form (共通同意書) that covers every team agency's data.
   */
  private providersFor(actor: Actor, named: readonly string[]): string[] {
    if (actor.roles.includes(Role.COORDINATOR)) return [...named];
    if (named.some((id) => id !== actor.agencyId)) {
      throw DomainError.badInput([{ field: 'providerAgencyIds', message: 'a caseworker records consent only for their own agency’s data' }]);
    }
    return [actor.agencyId];
  }

  private validate(input: RecordConsentInput): void {
    const violations: FieldViolation[] = [];
    if (input.obtainedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) violations.push({ field: 'obtainedAt', message: 'must not be in the future' });
    if (input.validUntil && input.validUntil <= input.validFrom) violations.push({ field: 'validUntil', message: 'must be after validFrom' });
    input.provisions.forEach((p, i) => {
      if (p.recipientAgencyIds.length === 0 && p.recipientSectors.length === 0 && !p.toCoordinatingBody) {
        violations.push({ field: `provisions.${i}`, message: 'must name at least one recipient: an agency, a sector or the coordinating body' });
      }
    });
    if (violations.length > 0) throw DomainError.badInput(violations);
  }
}
