import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type SqlCondition } from '@renkei/access';
import { AuditTrail, type AuditEntry } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { type Connection, toConnection } from '@renkei/graphql';
import { Clock, DomainError, isUuid, type FieldViolation } from '@renkei/kernel';
import type { ResourceInput, ResourcesArgs } from './dto/resource.input.js';
import { ResourceEntity } from './resource.entity.js';
import { ResourceModel } from './resource.model.js';
import { afterCursor, compileSearch, rankParams, resourceCursor } from './resource-search.js';
import { searchKeysOf } from './resource-search-keys.js';
import { checkResourceInput } from './resource-validation.js';

const INSERT_BATCH = 500;

/** One row of a bulk upsert (the CSV import): `id` of an existing resource updates it, none creates. */
export interface ResourceRow {
  /** Where the row came from (the CSV line), echoed in its errors. */
  readonly line: number;
  readonly id?: string | null;
  /** A plain object of ResourceInput's shape; validated here as the API validates it. */
  readonly input: object;
}

export interface ResourceRowError {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export interface UpsertManyResult {
  readonly created: number;
  readonly updated: number;
  /** Non-empty means nothing was written. */
  readonly errors: readonly ResourceRowError[];
}

/**
 * The municipality's directory of local resources (社会資源): searched by every user of the
 * municipality, maintained by its administrators and coordinators, every change audited.
 */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** The directory under a filter, ranked (name/kana, organization, description), then 五十音順; a keyset page at a time. */
  async search(actor: Actor, args: ResourcesArgs): Promise<Connection<ResourceModel>> {
    const visible = this.visible(actor);
    const search = compileSearch(args.filter);
    const where = (extra: SqlCondition[]) => {
      const query = this.tx.manager.createQueryBuilder(ResourceEntity, 'r').where(visible.sql, visible.params);
      for (const condition of [...search.conditions, ...extra]) query.andWhere(condition.sql, condition.params);
      return query.setParameters({ ...query.getParameters(), ...rankParams(args.filter) });
    };
    const { entities: rows, raw } = await where(args.after ? [afterCursor(args.after, search.rankSql)] : [])
      // The first page counts the matches in the same scan (the window runs before LIMIT).
      .addSelect('COUNT(*) OVER ()', 'total_count')
      .orderBy(search.rankSql, 'ASC')
      .addOrderBy('r.kana_key', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(args.first + 1)
      .getRawAndEntities<{ total_count: string }>();
    // After a cursor the window sees only the rest: count the whole match apart.
    const totalCount = args.after ? await where([]).getCount() : Number(raw[0]?.total_count ?? 0);
    const page = toConnection(rows, args.first, totalCount, (r) => resourceCursor(search.rankOf(r), r.kanaKey, r.id), args.after);
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: ResourceModel.from(node) })) };
  }

  /** One resource; NOT_FOUND for another municipality's, exactly as for a missing one. */
  async get(actor: Actor, id: string): Promise<ResourceModel> {
    return ResourceModel.from(await this.require(actor, id, 'read'));
  }

  /** The resources of these ids the actor may read, in one query; ids naming none are absent. */
  async byIds(actor: Actor, ids: readonly string[]): Promise<Map<string, ResourceModel>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return new Map();
    const visible = this.visible(actor);
    const found = await this.tx.manager.createQueryBuilder(ResourceEntity, 'r').where(visible.sql, visible.params).andWhere('r.id IN (:...wanted)', { wanted }).getMany();
    return new Map(found.map((entity) => [entity.id, ResourceModel.from(entity)]));
  }

  /** The areas (地区) the directory names, for the filter. */
  async areas(actor: Actor): Promise<string[]> {
    const visible = this.visible(actor);
    const rows = await this.tx.manager
      .createQueryBuilder(ResourceEntity, 'r')
      .select('DISTINCT r.area', 'area')
      .where(visible.sql, visible.params)
      .orderBy('r.area', 'ASC')
      .getRawMany<{ area: string }>();
    return rows.map((row) => row.area);
  }

  /** The whole directory, suspended resources included, in 五十音順 (the CSV export). */
  async directory(actor: Actor): Promise<ResourceModel[]> {
    const visible = this.visible(actor);
    const rows = await this.tx.manager.createQueryBuilder(ResourceEntity, 'r').where(visible.sql, visible.params).orderBy('r.kana_key', 'ASC').addOrderBy('r.id', 'ASC').getMany();
    return rows.map((row) => ResourceModel.from(row));
  }

  async create(actor: Actor, input: ResourceInput): Promise<ResourceModel> {
    this.access.assert(actor, 'create', 'Resource', { municipalityId: actor.municipalityId });
    assertSchedules(input);
    return this.tx.run(async (manager) => {
      const now = this.clock.now();
      const entity = await manager.save(manager.create(ResourceEntity, { ...fieldsOf(input), municipalityId: actor.municipalityId, active: true, version: 1, createdAt: now, updatedAt: now }));
      await this.audit.record(actor, [entryOf('resource.created', entity)]);
      return ResourceModel.from(entity);
    });
  }

  /** Replaces a resource's content; CONFLICT when it changed since `expectedVersion` was read. */
  async update(actor: Actor, id: string, input: ResourceInput, expectedVersion: number): Promise<ResourceModel> {
    assertSchedules(input);
    return this.tx.run(async (manager) => {
      const entity = await this.require(actor, id, 'update');
      const changed = await manager
        .createQueryBuilder()
        .update(ResourceEntity)
        .set({ ...fieldsOf(input), version: () => 'version + 1', updatedAt: this.clock.now() })
        .where('id = :id AND version = :expectedVersion', { id: entity.id, expectedVersion })
        .execute();
      if (changed.affected !== 1) throw DomainError.conflict(`The resource has changed since version ${expectedVersion}; reload it`);
      const updated = await manager.findOneByOrFail(ResourceEntity, { id: entity.id });
      await this.audit.record(actor, [entryOf('resource.updated', updated)]);
      return ResourceModel.from(updated);
    });
  }

  /** Suspends (休止) or resumes (再開) a resource; setting what already holds changes nothing. */
  async setActive(actor: Actor, id: string, active: boolean): Promise<ResourceModel> {
    return this.tx.run(async (manager) => {
      const entity = await this.require(actor, id, 'update');
      if (entity.active === active) return ResourceModel.from(entity);
      await manager.update(ResourceEntity, { id: entity.id }, { active, version: () => 'version + 1', updatedAt: this.clock.now() });
      const updated = await manager.findOneByOrFail(ResourceEntity, { id: entity.id });
      await this.audit.record(actor, [entryOf(active ? 'resource.activated' : 'resource.deactivated', updated)]);
      return ResourceModel.from(updated);
    });
  }

  /**
   * Validates every row as the API validates an input, and checks each `id` names a resource
   * of the municipality; then, unless `dryRun` or any row failed, writes them all in ONE
   * transaction (updates replace the content and bump the version) with one audit entry
   * `resource.imported` holding the counts. All or nothing.
   */
  async upsertMany(actor: Actor, rows: readonly ResourceRow[], options: { dryRun: boolean }): Promise<UpsertManyResult> {
    this.access.assert(actor, 'create', 'Resource', { municipalityId: actor.municipalityId });
    this.access.assert(actor, 'update', 'Resource', { municipalityId: actor.municipalityId });
    return this.tx.run(async (manager) => {
      const ids = rows.map((row) => row.id).filter((id): id is string => typeof id === 'string' && isUuid(id));
      const found = ids.length === 0 ? [] : await manager.createQueryBuilder(ResourceEntity, 'r').select('r.id', 'id').where('r.municipality_id = :municipalityId AND r.id = ANY(CAST(:ids AS uuid[]))', { municipalityId: actor.municipalityId, ids }).getRawMany<{ id: string }>();
      const existing = new Set(found.map((row) => row.id));
      const errors: ResourceRowError[] = [];
      const seen = new Set<string>();
      const checked: { id: string | null; input: ResourceInput }[] = [];
      for (const row of rows) {
        const id = row.id ? row.id : null;
        if (id !== null && !existing.has(id)) errors.push({ line: row.line, field: 'id', message: 'names no resource of this municipality' });
        else if (id !== null && seen.has(id)) errors.push({ line: row.line, field: 'id', message: 'names a resource an earlier row already updates' });
        if (id !== null) seen.add(id);
        const { input, violations } = await checkResourceInput(row.input);
        const all = violations.length > 0 ? violations : scheduleViolations(input);
        errors.push(...all.map((v) => ({ line: row.line, field: v.field, message: v.message })));
        checked.push({ id, input });
      }
      const updated = checked.filter((row) => row.id !== null).length;
      const result = { created: checked.length - updated, updated, errors };
      if (errors.length > 0 || options.dryRun) return result;
      const now = this.clock.now();
      for (const { id, input } of checked) {
        if (id) await manager.update(ResourceEntity, { id }, { ...fieldsOf(input), version: () => 'version + 1', updatedAt: now });
      }
      const created = checked.filter((row) => row.id === null).map(({ input }) => ({ ...fieldsOf(input), municipalityId: actor.municipalityId, active: true, version: 1, createdAt: now, updatedAt: now }));
      // In batches: one statement per row would make a 10,000-row file slow; one for all exceeds the parameter limit.
      for (let i = 0; i < created.length; i += INSERT_BATCH) await manager.insert(ResourceEntity, created.slice(i, i + INSERT_BATCH));
      await this.audit.record(actor, [{ action: 'resource.imported', details: { created: result.created, updated: result.updated } }]);
      return result;
    });
  }

  // Every user reads the municipality's directory: the rule is the tenant.
  private visible(actor: Actor): SqlCondition {
    return this.access.listCondition(actor, 'read', 'Resource', { municipalityId: 'r.municipality_id' }) ?? { sql: 'FALSE', params: {} };
  }

  // The resource if the actor may `action` it: NOT_FOUND when they may not even read it, FORBIDDEN otherwise.
  private async require(actor: Actor, id: string, action: 'read' | 'update'): Promise<ResourceEntity> {
    const entity = isUuid(id) ? await this.tx.manager.findOneBy(ResourceEntity, { id }) : null;
    if (!entity) throw DomainError.notFound('Resource');
    this.access.assert(actor, action, 'Resource', { id: entity.id, municipalityId: entity.municipalityId });
    return entity;
  }
}

// The stored columns of an input, with the derived search keys.
function fieldsOf(input: ResourceInput): Omit<ResourceEntity, 'id' | 'municipalityId' | 'active' | 'version' | 'createdAt' | 'updatedAt'> {
  return {
    name: input.name,
    nameKana: input.nameKana,
    organizationName: input.organizationName,
    description: input.description,
    targets: input.targets,
    forms: input.forms,
    area: input.area,
    address: input.address,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    schedules: input.schedules.map((s) => ({ dayOfWeek: s.dayOfWeek, opensAt: s.opensAt, closesAt: s.closesAt, note: s.note ?? null })),
    phone: input.phone ?? null,
    email: input.email ?? null,
    url: input.url ?? null,
    cost: input.cost,
    accessibility: input.accessibility,
    languages: input.languages,
    ...searchKeysOf(input),
  };
}

// Two openings of one day must not overlap (one listing, one time table).
function scheduleViolations(input: ResourceInput): FieldViolation[] {
  return input.schedules.flatMap((s, i) =>
    input.schedules.slice(0, i).some((o) => o.dayOfWeek === s.dayOfWeek && o.opensAt < s.closesAt && s.opensAt < o.closesAt)
      ? [{ field: `schedules.${i}`, message: 'overlaps an earlier opening of the same day' }]
      : [],
  );
}

function assertSchedules(input: ResourceInput): void {
  const violations = scheduleViolations(input);
  if (violations.length > 0) throw DomainError.badInput(violations);
}

function entryOf(action: string, entity: ResourceEntity): AuditEntry {
  return { action, details: { resourceId: entity.id, name: entity.name, version: entity.version } };
}
