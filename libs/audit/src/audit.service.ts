import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '@renkei/graphql';
import { isUuid, nameKey, type VisibilityBasis } from '@renkei/kernel';
import type { SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditChainReportModel, AuditEventModel, ProvisionRecordModel } from './audit-event.model.js';
import { chainHash, GENESIS_HASH } from './audit-hash.js';
import type { AuditEventsArgs } from './dto/audit-events.args.js';
import type { ProvisionRecordsOfPersonArgs } from './dto/provision-records-of-person.args.js';
import { kanaKeyEquals } from './person-key.js';

const VERIFY_BATCH = 1_000;

/** Reading the trail: for a municipality's auditors and administrators only. */
@Injectable()
export class AuditService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
  ) {}

  async events(actor: Actor, { filter, first, after }: AuditEventsArgs): Promise<Connection<AuditEventModel>> {
    this.access.assert(actor, 'read', 'AuditTrail', { municipalityId: actor.municipalityId });
    const query = this.tx.manager.createQueryBuilder(AuditEventEntity, 'e').where('e.municipality_id = :municipalityId', { municipalityId: actor.municipalityId });
    if (filter?.actorId) query.andWhere('e.actor_user_id = :actorId', { actorId: filter.actorId });
    if (filter?.caseId) query.andWhere('e.case_id = :caseId', { caseId: filter.caseId });
    if (filter?.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter?.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const totalCount = await query.getCount();
    if (after) query.andWhere('e.sequence < :after', { after: String(decodeCursor(after, 1)[0]) });
    const rows = await query.orderBy('e.sequence', 'DESC').limit(first + 1).getMany();
    return toConnection(rows.map(toModel), first, totalCount, (event) => encodeCursor([String(event.sequence)]), after);
  }

  /** 提供記録: every provision of the case's data to another body, oldest first; a day's repeats combined. */
  async provisionRecords(actor: Actor, caseId: string): Promise<ProvisionRecordModel[]> {
    this.access.assert(actor, 'read', 'AuditTrail', { municipalityId: actor.municipalityId });
    if (!isUuid(caseId)) return [];
    const rows = await this.provisions(actor).andWhere('e.case_id = :caseId', { caseId }).orderBy('e.sequence', 'ASC').getMany();
    return rows.map(toProvisionRecord);
  }

  /**
   * 提供記録 of a person across their cases (an earlier closed case, a new intake): the cases
   * whose subject's reading is `fullNameKana` (and born on `birthDate`, when given), oldest
   * case first, each case's records oldest first. The case says who the records are about,
   * as it says now: the trail keeps only the name as provided.
   */
  async provisionRecordsOfPerson(actor: Actor, { fullNameKana, birthDate }: ProvisionRecordsOfPersonArgs): Promise<ProvisionRecordModel[]> {
    this.access.assert(actor, 'read', 'AuditTrail', { municipalityId: actor.municipalityId });
    const name = kanaKeyEquals('c.subject_full_name_kana', nameKey(fullNameKana), 'person_');
    const query = this.provisions(actor)
      .innerJoin('cases', 'c', 'c.id = e.case_id AND c.municipality_id = e.municipality_id')
      .andWhere(name.sql, name.params);
    if (birthDate) query.andWhere('c.subject_birth_date = :birthDate', { birthDate });
    const rows = await query.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').addOrderBy('e.sequence', 'ASC').getMany();
    return rows.map(toProvisionRecord);
  }

  /** The municipality's provision records (a day's repeats left out: they stay in the trail as reads). */
  private provisions(actor: Actor): SelectQueryBuilder<AuditEventEntity> {
    return this.tx.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.municipality_id = :municipalityId', { municipalityId: actor.municipalityId })
      .andWhere('e.case_id IS NOT NULL AND e.recipient_agency_id IS NOT NULL AND e.provider_agency_id IS NOT NULL AND e.basis IS NOT NULL AND e.repeat_of IS NULL');
  }

  /** Recomputes the municipality's chain; names the first entry whose content or link is wrong. */
  async verifyChain(actor: Actor): Promise<AuditChainReportModel> {
    this.access.assert(actor, 'read', 'AuditTrail', { municipalityId: actor.municipalityId });
    let previousHash = GENESIS_HASH;
    let expected = 1n;
    let checked = 0;
    for (;;) {
      const batch = await this.tx.manager
        .createQueryBuilder(AuditEventEntity, 'e')
        .where('e.municipality_id = :municipalityId AND e.sequence >= :from', { municipalityId: actor.municipalityId, from: expected.toString() })
        .orderBy('e.sequence', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const event of batch) {
        checked += 1;
        const intact = BigInt(event.sequence) === expected && event.previousHash === previousHash && chainHash(previousHash, event) === event.hash;
        if (!intact) return { ok: false, checked, firstBrokenId: event.id, firstBrokenSequence: String(event.sequence), firstBrokenOccurredAt: event.occurredAt };
        previousHash = event.hash;
        expected += 1n;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, checked, firstBrokenId: null, firstBrokenSequence: null, firstBrokenOccurredAt: null };
    }
  }
}

function toProvisionRecord(e: AuditEventEntity): ProvisionRecordModel {
  return Object.assign(new ProvisionRecordModel(), {
    caseId: e.caseId as string,
    providedAt: e.occurredAt,
    subjectName: e.subjectName ?? '',
    categories: e.categories,
    basis: e.basis as VisibilityBasis,
    consentId: e.consentId,
    conferenceId: e.conferenceId,
    providerAgencyId: e.providerAgencyId as string,
    recipientAgencyId: e.recipientAgencyId as string,
    recipientUserId: e.recipientUserId,
  });
}

function toModel(e: AuditEventEntity): AuditEventModel {
  return Object.assign(new AuditEventModel(), {
    id: e.id,
    sequence: String(e.sequence),
    occurredAt: e.occurredAt,
    actorId: e.actorUserId,
    actorAgencyId: e.actorAgencyId,
    action: e.action,
    caseId: e.caseId,
    categories: e.categories,
    basis: e.basis,
    consentId: e.consentId,
    conferenceId: e.conferenceId,
    providerAgencyId: e.providerAgencyId,
    recipientAgencyId: e.recipientAgencyId,
    details: JSON.stringify(e.details),
    previousHash: e.previousHash,
    hash: e.hash,
  });
}
