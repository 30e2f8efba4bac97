import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Action, type Actor, type SqlCondition } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { In } from 'typeorm';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '@renkei/graphql';
import { DomainError, isUuid, type DataCategory } from '@renkei/kernel';
import { CaseEntity, type CaseSubject } from './case.entity.js';
import { CaseModel } from './case.model.js';
import { canTransition, CaseStatus } from './case-status.js';
import { CaseStatusChangeEntity } from './case-status-change.entity.js';
import { CaseTeamMemberEntity } from './case-team-member.entity.js';

/** A case the actor was allowed to act on, with the facts its access was decided on. */
export interface AccessibleCase {
  readonly entity: CaseEntity;
  readonly teamAgencyIds: readonly string[];
}

interface NewCase {
  title: string;
  subject: CaseSubject;
  needs: DataCategory[];
  status: CaseStatus;
  intakeNote: string | null;
}

/** Cases, their teams and their life cycle. Every change leaves an audit entry in its transaction. */
@Injectable()
export class CasesService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditTrail,
  ) {}

  /** Loads a case and asserts the actor may `action` it: NOT_FOUND when they may not even see it. */
  async require(actor: Actor, caseId: string, action: Action = 'read'): Promise<AccessibleCase> {
    // A query builder rather than findOne with relations, which TypeORM splits into two statements.
    const entity = isUuid(caseId)
      ? await this.tx.manager.createQueryBuilder(CaseEntity, 'c').leftJoinAndSelect('c.team', 'team').where('c.id = :caseId', { caseId }).getOne()
      : null;
    if (!entity) throw DomainError.notFound('Case');
    const teamAgencyIds = (entity.team ?? []).map((m) => m.agencyId);
    this.access.assert(actor, action, 'Case', { id: entity.id, municipalityId: entity.municipalityId, teamAgencyIds });
    return { entity, teamAgencyIds };
  }

  async get(actor: Actor, caseId: string): Promise<CaseModel> {
    return CaseModel.from((await this.require(actor, caseId)).entity);
  }

  /** COORDINATOR: opens a case, with the coordinator's agency on its team. */
  async open(actor: Actor, input: Omit<NewCase, 'status' | 'intakeNote'>): Promise<CaseModel> {
    this.access.assert(actor, 'create', 'Case', { municipalityId: actor.municipalityId, teamAgencyIds: [] });
    return this.insert(actor, { ...input, status: CaseStatus.ASSESSMENT, intakeNote: null }, 'case.opened');
  }

  /** Any counter (断らない相談支援): a case in INTAKE with the caller's agency on its team. */
  async registerIntake(actor: Actor, input: { subject: CaseSubject; needs: DataCategory[]; note: string }): Promise<CaseModel> {
    this.access.assert(actor, 'registerIntake', 'Case', { municipalityId: actor.municipalityId, teamAgencyIds: [] });
    const title = `受付 Intake: ${input.subject.fullName}`;
    return this.insert(actor, { title, subject: input.subject, needs: input.needs, status: CaseStatus.INTAKE, intakeNote: input.note }, 'case.intake_registered');
  }

  async list(actor: Actor, args: { first: number; after?: string | undefined; status?: CaseStatus | undefined }): Promise<Connection<CaseModel>> {
    const condition = this.readableCondition(actor, 'c');
    if (!condition) return toConnection([], args.first, 0, () => '');
    const query = this.tx.manager.createQueryBuilder(CaseEntity, 'c').where(condition.sql, condition.params);
    if (args.status) query.andWhere('c.status = :status', { status: args.status });
    const totalCount = await query.getCount();
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2).map(String);
      if (!id || !isUuid(id) || Number.isNaN(Date.parse(createdAt ?? ''))) throw DomainError.badInput([{ field: 'after', message: 'is not a cursor this API issued' }]);
      query.andWhere('(c.created_at, c.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').limit(args.first + 1).getMany();
    return toConnection(rows.map((row) => CaseModel.from(row)), args.first, totalCount, (c) => encodeCursor([c.openedAt.toISOString(), c.id]));
  }

  async addTeamMember(actor: Actor, caseId: string, agencyId: string): Promise<CaseModel> {
    return this.tx.run(async (manager) => {
      const { entity, teamAgencyIds } = await this.require(actor, caseId, 'manageTeam');
      const agency = await this.agencies.get(actor, agencyId);
      if (!teamAgencyIds.includes(agency.id)) {
        await manager.insert(CaseTeamMemberEntity, { caseId: entity.id, agencyId: agency.id, addedByUserId: actor.userId });
        await this.touch(entity);
        await this.audit.record(actor, [{ action: 'case.team_member_added', caseId: entity.id, details: { agencyId: agency.id } }]);
      }
      return this.get(actor, entity.id);
    });
  }

  async removeTeamMember(actor: Actor, caseId: string, agencyId: string): Promise<CaseModel> {
    return this.tx.run(async (manager) => {
      const { entity, teamAgencyIds } = await this.require(actor, caseId, 'manageTeam');
      if (!teamAgencyIds.includes(agencyId)) throw DomainError.notFound('Team member');
      await manager.delete(CaseTeamMemberEntity, { caseId: entity.id, agencyId });
      await this.touch(entity);
      await this.audit.record(actor, [{ action: 'case.team_member_removed', caseId: entity.id, details: { agencyId } }]);
      return this.get(actor, entity.id);
    });
  }

  /** Moves the case along its life cycle; an illegal or concurrently overtaken step is a CONFLICT. */
  async changeStatus(actor: Actor, caseId: string, to: CaseStatus, note: string | null): Promise<CaseModel> {
    return this.tx.run(async (manager) => {
      const { entity } = await this.require(actor, caseId, 'changeStatus');
      const from = entity.status;
      if (!canTransition(from, to)) throw DomainError.conflict(`A case cannot move from ${from} to ${to}`);
      // Compare-and-set on the status read above: a concurrent change makes this a no-op.
      const result = await manager
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ status: to })
        .where('id = :id AND status = :from', { id: entity.id, from })
        .execute();
      if (result.affected !== 1) throw DomainError.conflict('The case changed meanwhile; reload it and try again');
      await manager.insert(CaseStatusChangeEntity, { caseId: entity.id, from, to, note, changedByUserId: actor.userId });
      await this.audit.record(actor, [{ action: 'case.status_changed', caseId: entity.id, details: { from, to } }]);
      return this.get(actor, entity.id);
    });
  }

  /**
   * SQL that holds for the rows of `cases` aliased `alias` the actor may read: the same rules
   * as {@link require}, for queries of other contexts that join cases (tasks, events).
   * Null when the actor may read no case at all.
   */
  readableCondition(actor: Actor, alias: string): SqlCondition | null {
    return this.access.listCondition(actor, 'read', 'Case', {
      municipalityId: `${alias}.municipality_id`,
      teamAgencyIds: (agency) => `EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = ${alias}.id AND m.agency_id = ${agency})`,
    });
  }

  /** The facts access to a case is decided on, for checks outside a request (live events). */
  async factsOf(caseId: string): Promise<{ id: string; municipalityId: string; teamAgencyIds: string[] } | null> {
    const entity = await this.tx.manager.createQueryBuilder(CaseEntity, 'c').leftJoinAndSelect('c.team', 'team').where('c.id = :caseId', { caseId }).getOne();
    return entity && { id: entity.id, municipalityId: entity.municipalityId, teamAgencyIds: (entity.team ?? []).map((m) => m.agencyId) };
  }

  /** Cases by id, for batch loading (the ids come from records the caller was allowed to read). */
  async byIds(ids: readonly string[]): Promise<Map<string, CaseModel>> {
    const rows = await this.tx.manager.findBy(CaseEntity, { id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, CaseModel.from(row)]));
  }

  /** The team of each case, as agencies, for a page of cases at once. */
  async teamsOf(caseIds: readonly string[]): Promise<Map<string, CaseTeamMemberEntity[]>> {
    const members = await this.tx.manager.find(CaseTeamMemberEntity, { where: { caseId: In([...caseIds]) }, relations: { agency: true }, order: { addedAt: 'ASC' } });
    const byCase = new Map<string, CaseTeamMemberEntity[]>(caseIds.map((id) => [id, []]));
    for (const member of members) byCase.get(member.caseId)?.push(member);
    return byCase;
  }

  private async insert(actor: Actor, input: NewCase, action: string): Promise<CaseModel> {
    return this.tx.run(async (manager) => {
      const entity = await manager.save(
        manager.create(CaseEntity, { ...input, municipalityId: actor.municipalityId, openedByUserId: actor.userId, openedByAgencyId: actor.agencyId }),
      );
      await manager.insert(CaseTeamMemberEntity, { caseId: entity.id, agencyId: actor.agencyId, addedByUserId: actor.userId });
      await this.audit.record(actor, [{ action, caseId: entity.id, subjectName: entity.subject.fullName }]);
      return CaseModel.from(entity);
    });
  }

  // A team change is a change of the case: TypeORM's update moves its version and updatedAt.
  private async touch(entity: CaseEntity): Promise<void> {
    await this.tx.manager.createQueryBuilder().update(CaseEntity).set({}).where('id = :id', { id: entity.id }).execute();
  }
}
