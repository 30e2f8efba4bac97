import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type SqlCondition } from '@renkei/access';
import { AuditTrail, type AuditEntry } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { Clock, DomainError, isUuid, pastDateViolations } from '@renkei/kernel';
import { ResourcesService, unknownResourceViolations } from '@renkei/resources';
import type { RecordHostSupportInput } from './dto/record-host-support.input.js';
import { HostSupportNoteEntity } from './host-support-note.entity.js';
import { HostNeedingSupportModel, HostSupportNoteModel } from './host-support.model.js';
import { ReferralEntity } from './referral.entity.js';
import { ReferralStatus } from './referral-enums.js';

/** The referrals a host is receiving people through right now. */
const ACTIVE_REFERRAL = [ReferralStatus.INTRODUCED, ReferralStatus.STARTED, ReferralStatus.CONTINUING];

/**
 * Support given to host sites (受入先への支援): notes about the host, recorded by coordinators
 * and caseworkers, read by every user of the municipality; a note needing follow-up keeps the
 * host on the list of hosts needing support until it is resolved. Every change is audited.
 */
@Injectable()
export class HostSupportService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly resources: ResourcesService,
  ) {}

  async record(actor: Actor, input: RecordHostSupportInput): Promise<HostSupportNoteModel> {
    this.access.assert(actor, 'create', 'HostSupport', { municipalityId: actor.municipalityId });
    const violations = [...pastDateViolations('supportedOn', input.supportedOn, this.clock.now()), ...(await unknownResourceViolations(this.resources, actor, 'resourceId', [input.resourceId]))];
    if (violations.length > 0) throw DomainError.badInput(violations);
    return this.tx.run(async (manager) => {
      const now = this.clock.now();
      const entity = await manager.save(
        manager.create(HostSupportNoteEntity, {
          municipalityId: actor.municipalityId,
          resourceId: input.resourceId,
          kind: input.kind,
          supportedOn: input.supportedOn,
          note: input.note,
          needsFollowUp: input.needsFollowUp,
          resolvedAt: null,
          resolvedByUserId: null,
          agencyId: actor.agencyId,
          recordedByUserId: actor.userId,
          createdAt: now,
        }),
      );
      await this.audit.record(actor, [entryOf('host_support.recorded', entity)]);
      return HostSupportNoteModel.from(entity);
    });
  }

  /** Marks a note's need dealt with; a note already resolved, or never needing follow-up, is returned as it is. */
  async resolve(actor: Actor, id: string): Promise<HostSupportNoteModel> {
    const entity = isUuid(id) ? await this.tx.manager.findOneBy(HostSupportNoteEntity, { id }) : null;
    if (!entity) throw DomainError.notFound('HostSupportNote');
    this.access.assert(actor, 'create', 'HostSupport', { id: entity.id, municipalityId: entity.municipalityId });
    if (!entity.needsFollowUp || entity.resolvedAt) return HostSupportNoteModel.from(entity);
    return this.tx.run(async (manager) => {
      // Only the first of two concurrent resolutions changes the note (and is audited).
      const changed = await manager
        .createQueryBuilder()
        .update(HostSupportNoteEntity)
        .set({ resolvedAt: this.clock.now(), resolvedByUserId: actor.userId })
        .where('id = :id AND resolved_at IS NULL', { id: entity.id })
        .execute();
      const updated = await manager.findOneByOrFail(HostSupportNoteEntity, { id: entity.id });
      if (changed.affected === 1) await this.audit.record(actor, [entryOf('host_support.resolved', updated)]);
      return HostSupportNoteModel.from(updated);
    });
  }

  /** The notes on each of these resources, newest first; one query for all. */
  async notesOf(actor: Actor, resourceIds: readonly string[]): Promise<Map<string, HostSupportNoteModel[]>> {
    const visible = this.visible(actor);
    const rows = await this.tx.manager
      .createQueryBuilder(HostSupportNoteEntity, 'n')
      .where(visible.sql, visible.params)
      .andWhere('n.resource_id = ANY(CAST(:ids AS uuid[]))', { ids: resourceIds.filter(isUuid) })
      .orderBy('n.supported_on', 'DESC')
      .addOrderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
    const notes = new Map<string, HostSupportNoteModel[]>(resourceIds.map((id) => [id, []]));
    for (const row of rows) notes.get(row.resourceId)?.push(HostSupportNoteModel.from(row));
    return notes;
  }

  /**
   * How many referrals each of these resources is receiving people through now (INTRODUCED,
   * STARTED, CONTINUING): a count, never who. One query for all. The resources were read
   * through the caller's tenant already; the count is confined to it all the same.
   */
  async activeReferrals(actor: Actor, resourceIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.tx.manager
      .createQueryBuilder(ReferralEntity, 'r')
      .select('r.resource_id', 'resourceId')
      .addSelect('COUNT(*)::int', 'count')
      .where('r.municipality_id = :municipalityId', { municipalityId: actor.municipalityId })
      .andWhere('r.resource_id = ANY(CAST(:ids AS uuid[]))', { ids: resourceIds.filter(isUuid) })
      .andWhere('r.status IN (:...active)', { active: ACTIVE_REFERRAL })
      .groupBy('r.resource_id')
      .getRawMany<{ resourceId: string; count: number }>();
    const counts = new Map<string, number>(resourceIds.map((id) => [id, 0]));
    for (const row of rows) counts.set(row.resourceId, row.count);
    return counts;
  }

  /** The hosts with open notes: most open notes first, then the longest since last supported. */
  async needingSupport(actor: Actor): Promise<HostNeedingSupportModel[]> {
    const visible = this.visible(actor);
    const rows = await this.tx.manager
      .createQueryBuilder(HostSupportNoteEntity, 'n')
      .select('n.resource_id', 'resourceId')
      .addSelect('COUNT(*) FILTER (WHERE n.needs_follow_up AND n.resolved_at IS NULL)::int', 'openNotes')
      .addSelect(`to_char(MAX(n.supported_on), 'YYYY-MM-DD')`, 'lastSupportedOn')
      .where(visible.sql, visible.params)
      .groupBy('n.resource_id')
      .having('COUNT(*) FILTER (WHERE n.needs_follow_up AND n.resolved_at IS NULL) > 0')
      .orderBy('"openNotes"', 'DESC')
      .addOrderBy('"lastSupportedOn"', 'ASC')
      .addOrderBy('n.resource_id', 'ASC')
      .getRawMany<{ resourceId: string; openNotes: number; lastSupportedOn: string | null }>();
    const referrals = await this.activeReferrals(
      actor,
      rows.map((row) => row.resourceId),
    );
    return rows.map((row) => Object.assign(new HostNeedingSupportModel(), { ...row, activeReferrals: referrals.get(row.resourceId) ?? 0 }));
  }

  // Every user reads the municipality's notes: the rule is the tenant.
  private visible(actor: Actor): SqlCondition {
    return this.access.listCondition(actor, 'read', 'HostSupport', { municipalityId: 'n.municipality_id' }) ?? { sql: 'FALSE', params: {} };
  }
}

// No note text in the trail: the facts of the change only.
function entryOf(action: string, entity: HostSupportNoteEntity): AuditEntry {
  return { action, details: { hostSupportNoteId: entity.id, resourceId: entity.resourceId, kind: entity.kind, needsFollowUp: entity.needsFollowUp } };
}
