import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AuditService, AuditTrail, type ProvisionRecordModel } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { Clock, DomainError } from '@renkei/kernel';
import { In } from 'typeorm';
import { DisclosureWithholdingEntity } from './disclosure-withholding.entity.js';
import type { DisclosureWithholdingGround } from './withholding-ground.js';

/**
 * The officer's decisions to withhold provision records from the person's own record
 * (APPI art. 78), and their release. Each is audited with its ground in its transaction.
 * The role rule (AUDITOR) is the resolver's; the tenant rule is here: a record of another
 * municipality is not found.
 */
@Injectable()
export class Withholdings {
  constructor(
    private readonly tx: Transactions,
    private readonly records: AuditService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Withholds the record on `ground`; CONFLICT when it is withheld already. */
  async withhold(actor: Actor, provisionRecordId: string, ground: DisclosureWithholdingGround): Promise<ProvisionRecordModel> {
    const record = await this.requireRecord(actor, provisionRecordId);
    return this.tx.run(async (manager) => {
      // One decision per record, also when two officers decide at once.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(DisclosureWithholdingEntity)
        .values({ provisionRecordId: record.id, municipalityId: actor.municipalityId, caseId: record.caseId, ground, decidedByUserId: actor.userId, decidedAt: this.clock.now() })
        .orIgnore()
        .returning('provision_record_id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw DomainError.conflict('This provision record is already withheld; release it first to change the ground');
      await this.audit.record(actor, [{ action: 'disclosure.withheld', caseId: record.caseId, details: { provisionRecordId: record.id, ground } }]);
      return record;
    });
  }

  /** Releases a withholding (a mistaken decision); CONFLICT when the record is not withheld. */
  async release(actor: Actor, provisionRecordId: string): Promise<ProvisionRecordModel> {
    const record = await this.requireRecord(actor, provisionRecordId);
    return this.tx.run(async (manager) => {
      const deleted = await manager
        .createQueryBuilder()
        .delete()
        .from(DisclosureWithholdingEntity)
        .where('provision_record_id = :id AND municipality_id = :municipalityId', { id: record.id, municipalityId: actor.municipalityId })
        .returning('ground')
        .execute();
      const [released] = deleted.raw as { ground: DisclosureWithholdingGround }[];
      if (!released) throw DomainError.conflict('This provision record is not withheld');
      await this.audit.record(actor, [{ action: 'disclosure.released', caseId: record.caseId, details: { provisionRecordId: record.id, ground: released.ground } }]);
      return record;
    });
  }

  /** The withholdings of the municipality among these records, by record id. */
  async byRecordIds(municipalityId: string, ids: readonly string[]): Promise<Map<string, DisclosureWithholdingEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.tx.manager.findBy(DisclosureWithholdingEntity, { municipalityId, provisionRecordId: In([...ids]) });
    return new Map(rows.map((row) => [row.provisionRecordId, row]));
  }

  /** The withholdings of one case. */
  async ofCase(municipalityId: string, caseId: string): Promise<Map<string, DisclosureWithholdingEntity>> {
    const rows = await this.tx.manager.findBy(DisclosureWithholdingEntity, { municipalityId, caseId });
    return new Map(rows.map((row) => [row.provisionRecordId, row]));
  }

  private async requireRecord(actor: Actor, id: string): Promise<ProvisionRecordModel> {
    const record = await this.records.provisionRecord(actor, id);
    if (!record) throw DomainError.notFound('ProvisionRecord');
    return record;
  }
}
