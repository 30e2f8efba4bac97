import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '@renkei/graphql';
import { isUuid, nameKey, type VisibilityBasis } from '@renkei/kernel';
import type { SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditChainReportModel, AuditEventModel, ProvisionRecordModel } from './audit-event.model.js';
import { attests, chainStart, follow } from './audit-chain.js';
import { AuditCheckpointEntity } from './audit-checkpoint.entity.js';
import type { AuditEventsArgs } from './dto/audit-events.args.js';
import type { ProvisionRecordsOfPersonArgs } from './dto/provision-records-of-person.args.js';
import { AuditSequencer } from './audit-sequencer.js';
import { kanaKeyEquals } from './person-key.js';

const VERIFY_BATCH = 1_000;

/**
 * Reading the trail: for a municipality's auditors and administrators only. Each read first
 * has the sequencer link what was appended before it, then reads the chain: the reader sees
 * its own writes there, and an entry is never shown before it is linked.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly sequencer: AuditSequencer,
  ) {}

  async events(actor: Actor, { filter, first, after }: AuditEventsArgs): Promise<Connection<AuditEventModel>> {
    await this.linkedFor(actor);
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
    await this.linkedFor(actor);
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
    await this.linkedFor(actor);
    const name = kanaKeyEquals('c.subject_full_name_kana', nameKey(fullNameKana), 'person_');
    const query = this.provisions(actor)
      .innerJoin('cases', 'c', 'c.id = e.case_id AND c.municipality_id = e.municipality_id')
      .andWhere(name.sql, name.params);
    if (birthDate) query.andWhere('c.subject_birth_date = :birthDate', { birthDate });
    const rows = await query.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').addOrderBy('e.sequence', 'ASC').getMany();
    return rows.map(toProvisionRecord);
  }

  /** One provision record of the municipality by its id (the audit event id), or null. */
  async provisionRecord(actor: Actor, id: string): Promise<ProvisionRecordModel | null> {
    await this.linkedFor(actor);
    if (!isUuid(id)) return null;
    const row = await this.provisions(actor).andWhere('e.id = :id', { id }).getOne();
    return row ? toProvisionRecord(row) : null;
  }

  /** Refuses the reader who may not read the trail; else links what was appended before the read. */
  private async linkedFor(actor: Actor): Promise<void> {
    this.access.assert(actor, 'read', 'AuditTrail', { municipalityId: actor.municipalityId });
    await this.sequencer.catchUp();
  }

  /** The municipality's provision records (a day's repeats left out: they stay in the trail as reads). */
  private provisions(actor: Actor): SelectQueryBuilder<AuditEventEntity> {
    return this.tx.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.municipality_id = :municipalityId', { municipalityId: actor.municipalityId })
      .andWhere('e.case_id IS NOT NULL AND e.recipient_agency_id IS NOT NULL AND e.provider_agency_id IS NOT NULL AND e.basis IS NOT NULL AND e.repeat_of IS NULL');
  }

  /**
   * Recomputes the municipality's chain; names the first entry whose content or link is wrong.
   * A pruned chain is checked from its latest checkpoint, which the prune's own entry must attest.
   * Entries appended while it runs are reported as pending, never as verified.
   */
  async verifyChain(actor: Actor): Promise<AuditChainReportModel> {
    await this.linkedFor(actor);
    const checkpoint = await this.tx.manager.findOne(AuditCheckpointEntity, { where: { municipalityId: actor.municipalityId }, order: { throughSequence: 'DESC' } });
    const start = chainStart(checkpoint);
    let anchor = start;
    let attested = checkpoint === null;
    let first: AuditEventEntity | null = null;
    let checked = 0;
    for (;;) {
      const batch = await this.tx.manager
        .createQueryBuilder(AuditEventEntity, 'e')
        .where('e.municipality_id = :municipalityId AND e.sequence > :after', { municipalityId: actor.municipalityId, after: anchor.sequence.toString() })
        .orderBy('e.sequence', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const event of batch) {
        checked += 1;
        first ??= event;
        const next = follow(anchor, event);
        if (!next) return broken(checked, event);
        attested ||= attests(event, start);
        anchor = next;
      }
      if (batch.length < VERIFY_BATCH) break;
    }
    const pending = await this.sequencer.pending(this.tx.manager, actor.municipalityId);
    // A checkpoint no entry attests stands for an edit of what it hides: the chain is not intact.
    if (!attested) return first ? broken(checked, first, pending) : { ok: false, checked, pending, firstBrokenId: null, firstBrokenSequence: null, firstBrokenOccurredAt: null };
    return { ok: true, checked, pending, firstBrokenId: null, firstBrokenSequence: null, firstBrokenOccurredAt: null };
  }
}

function broken(checked: number, event: AuditEventEntity, pending = 0): AuditChainReportModel {
  return { ok: false, checked, pending, firstBrokenId: event.id, firstBrokenSequence: String(event.sequence), firstBrokenOccurredAt: event.occurredAt };
}

function toProvisionRecord(e: AuditEventEntity): ProvisionRecordModel {
  return Object.assign(new ProvisionRecordModel(), {
    id: e.id,
    caseId: e.caseId as string,
    providedAt: e.occurredAt,
    subjectName: e.subjectName ?? '',
    categories: e.categories,
    basis: e.basis as VisibilityBasis,
    consentId: e.consentId,
    conferenceId: e.conferenceId,
    emergencyAccessId: e.emergencyAccessId,
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
    emergencyAccessId: e.emergencyAccessId,
    providerAgencyId: e.providerAgencyId,
    recipientAgencyId: e.recipientAgencyId,
    details: JSON.stringify(e.details),
    previousHash: e.previousHash,
    hash: e.hash,
  });
}
