import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AuditTrail, type AuditEntry } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { Clock, DomainError, isUuid } from '@renkei/kernel';
import { ResourcesService, unknownResourceViolations } from '@renkei/resources';
import type { EntityManager } from 'typeorm';
import { activityViolations, keysOf, rangeViolations } from './community-activity-validation.js';
import { CommunityActivityEntity } from './community-activity.entity.js';
import type { CommunityActivityKind } from './community-activity-kind.js';
import { CommunityActivityModel, type CommunityActivityLogModel, type CommunityActivityTotalsModel } from './community-activity.model.js';
import type { CommunityActivityInput } from './dto/community-activity.input.js';

/**
 * Community-building activities (地域づくり): recorded and corrected by coordinators, read by
 * every user of the municipality, totalled in SQL for the municipality's report. Every
 * change is audited.
 */
@Injectable()
export class CommunityActivitiesService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly resources: ResourcesService,
  ) {}

  async record(actor: Actor, input: CommunityActivityInput): Promise<CommunityActivityModel> {
    this.access.assert(actor, 'create', 'CommunityActivity', { municipalityId: actor.municipalityId });
    await this.check(actor, input);
    return this.tx.run(async (manager) => {
      const now = this.clock.now();
      const entity = await manager.save(
        manager.create(CommunityActivityEntity, { ...fieldsOf(input), municipalityId: actor.municipalityId, recordedByUserId: actor.userId, version: 1, createdAt: now, updatedAt: now }),
      );
      await this.audit.record(actor, [entryOf('community_activity.recorded', entity)]);
      return CommunityActivityModel.from(entity);
    });
  }

  /** Replaces an activity's content; CONFLICT when it changed since `expectedVersion` was read. */
  async update(actor: Actor, id: string, input: CommunityActivityInput, expectedVersion: number): Promise<CommunityActivityModel> {
    const entity = await this.find(this.tx.manager, id);
    if (!entity) throw DomainError.notFound('CommunityActivity');
    this.access.assert(actor, 'update', 'CommunityActivity', { id: entity.id, municipalityId: entity.municipalityId });
    await this.check(actor, input);
    return this.tx.run(async (manager) => {
      const changed = await manager
        .createQueryBuilder()
        .update(CommunityActivityEntity)
        .set({ ...fieldsOf(input), version: () => 'version + 1', updatedAt: this.clock.now() })
        .where('id = :id AND version = :expectedVersion', { id: entity.id, expectedVersion })
        .execute();
      if (changed.affected !== 1) throw DomainError.conflict(`活動記録は版 ${expectedVersion} の後に更新されています。読み込み直してください`);
      const updated = await manager.findOneByOrFail(CommunityActivityEntity, { id: entity.id });
      await this.audit.record(actor, [entryOf('community_activity.updated', updated)]);
      return CommunityActivityModel.from(updated);
    });
  }

  /** One activity; null for one the caller may not know of (another municipality's), as for a missing one. */
  async get(actor: Actor, id: string): Promise<CommunityActivityModel | null> {
    const entity = await this.find(this.tx.manager, id);
    return entity && this.access.can(actor, 'read', 'CommunityActivity', { id: entity.id, municipalityId: entity.municipalityId }) ? CommunityActivityModel.from(entity) : null;
  }

  /** The activities held from `from` to `to` (inclusive), newest first, with their totals. */
  async log(actor: Actor, from: string, to: string, kind: CommunityActivityKind | null): Promise<CommunityActivityLogModel> {
    const violations = rangeViolations(from, to);
    if (violations.length > 0) throw DomainError.badInput(violations);
    const visible = this.access.listCondition(actor, 'read', 'CommunityActivity', { municipalityId: 'a.municipality_id' }) ?? { sql: 'FALSE', params: {} };
    const chosen = () => {
      const query = this.tx.manager.createQueryBuilder(CommunityActivityEntity, 'a').where(visible.sql, visible.params).andWhere('a.held_on BETWEEN :from AND :to', { from, to });
      return kind ? query.andWhere('a.kind = :kind', { kind }) : query;
    };
    const items = await chosen().orderBy('a.held_on', 'DESC').addOrderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').getMany();
    const counted = chosen().select('a.place_key', 'place_key').addSelect('a.participant_count', 'participant_count').addSelect('a.body_keys', 'body_keys');
    return { items: items.map((entity) => CommunityActivityModel.from(entity)), totals: await this.totals(counted.getQueryAndParameters()) };
  }

  // The figures over the chosen activities, in one statement: bodies are counted across all their lists.
  private async totals([sql, params]: [string, unknown[]]): Promise<CommunityActivityTotalsModel> {
    const [row] = await this.tx.manager.query<CommunityActivityTotalsModel[]>(
      `WITH chosen AS (${sql})
       SELECT (SELECT COUNT(*) FROM chosen)::int AS activities,
              (SELECT COUNT(DISTINCT place_key) FROM chosen)::int AS sites,
              (SELECT COALESCE(SUM(participant_count), 0) FROM chosen)::int AS participants,
              (SELECT COUNT(DISTINCT body) FROM chosen CROSS JOIN unnest(body_keys) AS body)::int AS bodies`,
      params,
    );
    return row ?? { activities: 0, sites: 0, participants: 0, bodies: 0 };
  }

  // Beyond the input's decorators: the date against today (JST), bodies folding to one, the resources.
  private async check(actor: Actor, input: CommunityActivityInput): Promise<void> {
    const violations = [...activityViolations(input, this.clock.now()), ...(await unknownResourceViolations(this.resources, actor, 'resourceIds', input.resourceIds, true))];
    if (violations.length > 0) throw DomainError.badInput(violations);
  }

  private find(manager: EntityManager, id: string): Promise<CommunityActivityEntity | null> {
    return isUuid(id) ? manager.findOneBy(CommunityActivityEntity, { id }) : Promise.resolve(null);
  }
}

function fieldsOf(input: CommunityActivityInput): Pick<CommunityActivityEntity, 'heldOn' | 'place' | 'placeKey' | 'kind' | 'participantCount' | 'bodies' | 'bodyKeys' | 'resourceIds' | 'note'> {
  const { heldOn, place, kind, participantCount, bodies, resourceIds, note } = input;
  return { heldOn, place, kind, participantCount, bodies, resourceIds, note, ...keysOf(input) };
}

// The counts and the date, not the text: the trail records what changed, the record itself holds the rest.
function entryOf(action: string, entity: CommunityActivityEntity): AuditEntry {
  return { action, details: { communityActivityId: entity.id, heldOn: entity.heldOn, kind: entity.kind, participantCount: entity.participantCount, version: entity.version } };
}
