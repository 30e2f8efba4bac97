import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Action, type Actor, type ReadScope, type SqlCondition } from '@renkei/access';
import { AgenciesService, type AgencyEntity } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import type { Connection } from '@renkei/graphql';
import { DomainError, isUuid, type ConsentMethod, type DataCategory } from '@renkei/kernel';
import { caseColumns } from './case-columns.js';
import { CaseReader, type CasePageArgs } from './case-reader.js';
import { CaseEntity, type CaseSubject } from './case.entity.js';
import type { CaseModel, CaseRecord } from './case.model.js';
import { CaseStatus, transitionMover, type TransitionMover } from './case-status.js';
import { CaseStatusChangeEntity } from './case-status-change.entity.js';
import { CaseTeamMemberEntity } from './case-team-member.entity.js';
import { IntakeConsents } from './intake-consents.js';

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

// The agencies on each of a page of cases' teams, in the order they joined.
const TEAMS_OF_CASES = `SELECT m.case_id AS "caseId", a.id, a.municipality_id AS "municipalityId", a.name, a.sector, a.created_at AS "createdAt"
  FROM case_team_members m INNER JOIN agencies a ON a.id = m.agency_id
  WHERE m.case_id = ANY($1::uuid[]) ORDER BY m.added_at ASC`;

/** Cases, their teams and their life cycle. Every change leaves an audit entry in its transaction. */
@Injectable()
export class CasesService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly reader: CaseReader,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditTrail,
    private readonly intakeConsents: IntakeConsents,
  ) {}

  /**
   * Loads a case and asserts the actor may `action` it: NOT_FOUND when they may not even
   * know of it (through the one door), FORBIDDEN when they may but not do this.
   */
  async require(actor: Actor, caseId: string, action: Action = 'read'): Promise<AccessibleCase> {
    // A query builder rather than findOne with relations, which TypeORM splits into two statements.
    const entity = isUuid(caseId)
      ? await this.tx.manager.createQueryBuilder(CaseEntity, 'c').leftJoinAndSelect('c.team', 'team').where('c.id = :caseId', { caseId }).getOne()
      : null;
    if (!entity) throw DomainError.notFound('Case');
    const teamAgencyIds = (entity.team ?? []).map((m) => m.agencyId);
    if (action === 'read' || !this.access.can(actor, action, 'Case', { id: entity.id, municipalityId: entity.municipalityId, teamAgencyIds })) {
      await this.reader.require(actor, entity.id);
      if (action !== 'read') throw DomainError.forbidden();
    }
    return { entity, teamAgencyIds };
  }

  async get(actor: Actor, caseId: string): Promise<CaseModel> {
    return this.reader.require(actor, caseId);
  }

  /** COORDINATOR: opens a case, with the coordinator's agency on its team. */
  async open(actor: Actor, input: Omit<NewCase, 'status' | 'intakeNote'>): Promise<CaseModel> {
    this.access.assert(actor, 'create', 'Case', { municipalityId: actor.municipalityId, teamAgencyIds: [] });
    return this.insert(actor, { ...input, status: CaseStatus.ASSESSMENT, intakeNote: null }, 'case.opened');
  }

  /**
   * Any counter (断らない相談支援): a case in INTAKE with the caller's agency on its team. With
   * the person's consent to be connected, the coordinator receives the intake in full;
   * without it, only that it exists, where, and its need categories.
   */
  async registerIntake(actor: Actor, input: { subject: CaseSubject; needs: DataCategory[]; note: string; consentToConnect: { given: boolean; method?: ConsentMethod | null } }): Promise<CaseModel> {
    this.access.assert(actor, 'registerIntake', 'Case', { municipalityId: actor.municipalityId, teamAgencyIds: [] });
    // The title is seen by everyone who knows of the case: it must not name the person.
    const newCase = { title: '受付 Intake', subject: input.subject, needs: input.needs, status: CaseStatus.INTAKE, intakeNote: input.note };
    const { given, method } = input.consentToConnect;
    return this.insert(actor, newCase, 'case.intake_registered', { consentToConnect: given }, async (caseId) => {
      if (given && method) await this.intakeConsents.recordConsentToConnect(actor, caseId, method);
    });
  }

  async list(actor: Actor, args: CasePageArgs): Promise<Connection<CaseModel>> {
    return this.reader.page(actor, args);
  }

  /** Cases by id as the actor may see them (the one door), for batch loading by other contexts. */
  async readable(actor: Actor, ids: readonly string[], scope?: ReadScope): Promise<Map<string, CaseModel>> {
    return this.reader.byIds(actor, ids, scope);
  }

  /** Which of these cases the actor may know of: what meeting material about them follows. */
  async knownIds(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    return this.reader.knownIds(actor, ids);
  }

  /** The records of cases the actor may know of, as they may see them for `scope`. */
  async records(actor: Actor, ids: readonly string[], scope: ReadScope): Promise<Map<string, CaseRecord>> {
    return this.reader.records(actor, ids, scope);
  }

  /** Records the provision of the case records a read returned. */
  async provide(actor: Actor, records: readonly CaseRecord[]): Promise<void> {
    await this.reader.provide(actor, records);
  }

  async addTeamMember(actor: Actor, caseId: string, agencyId: string): Promise<CaseModel> {
    await this.tx.run(async () => {
      const found = await this.require(actor, caseId, 'manageTeam');
      await this.join(actor, found, agencyId, {});
    });
    return this.get(actor, caseId);
  }

  /**
   * Puts an agency on the case team if it is not there yet, audited with `reason`; for the
   * team manager, and for the tasks context when a conference gives an agency an action item.
   */
  async join(actor: Actor, found: AccessibleCase, agencyId: string, reason: Record<string, unknown>): Promise<void> {
    const agency = await this.agencies.get(actor, agencyId);
    if (found.teamAgencyIds.includes(agency.id)) return;
    await this.tx.run(async (manager) => {
      await manager.insert(CaseTeamMemberEntity, { caseId: found.entity.id, agencyId: agency.id, addedByUserId: actor.userId });
      await this.touch(found.entity);
      await this.audit.record(actor, [{ action: 'case.team_member_added', caseId: found.entity.id, details: { agencyId: agency.id, ...reason } }]);
    });
  }

  async removeTeamMember(actor: Actor, caseId: string, agencyId: string): Promise<CaseModel> {
    await this.tx.run(async (manager) => {
      const { entity, teamAgencyIds } = await this.require(actor, caseId, 'manageTeam');
      if (!teamAgencyIds.includes(agencyId)) throw DomainError.notFound('Team member');
      await manager.delete(CaseTeamMemberEntity, { caseId: entity.id, agencyId });
      await this.touch(entity);
      await this.audit.record(actor, [{ action: 'case.team_member_removed', caseId: entity.id, details: { agencyId } }]);
    });
    return this.get(actor, caseId);
  }

  /**
   * The coordinator moves the case by hand (changeCaseStatus): only the transitions marked
   * 'hand'; a step the support plan takes, an illegal one or one concurrently overtaken is a CONFLICT.
   */
  async changeStatus(actor: Actor, caseId: string, to: CaseStatus, note: string | null): Promise<CaseModel> {
    await this.tx.run(async () => {
      const { entity } = await this.require(actor, caseId, 'changeStatus');
      const mover = transitionMover(entity.status, to);
      if (mover === 'plan') throw DomainError.conflict(`The support plan moves the case to ${to}; it cannot be moved there by hand`);
      if (mover !== 'hand') throw DomainError.conflict(`A case cannot move from ${entity.status} to ${to}`);
      await this.move(actor, entity, to, note, 'hand');
    });
    return this.get(actor, caseId);
  }

  /**
   * For the plans context, inside its transaction, after it has authorized its own step
   * (drafting, approval, evaluation): moves the case along a transition marked 'plan'. The
   * case already at `to` stays as it is; any other step is a CONFLICT.
   */
  async moveByPlan(actor: Actor, caseId: string, to: CaseStatus, note: string | null): Promise<void> {
    await this.tx.run(async (manager) => {
      const entity = await manager.findOneBy(CaseEntity, { id: caseId });
      if (!entity) throw DomainError.notFound('Case');
      if (entity.status === to) return;
      if (transitionMover(entity.status, to) !== 'plan') throw DomainError.conflict(`The support plan cannot move a case from ${entity.status} to ${to}`);
      await this.move(actor, entity, to, note, 'plan');
    });
  }

  /**
   * SQL that holds for the rows of `cases` aliased `alias` the actor may know of: the one
   * door's rule, for queries of other contexts that join cases (tasks, events). Null when
   * the actor may know of no case at all.
   */
  readableCondition(actor: Actor, alias: string): SqlCondition | null {
    return this.access.readableCases(actor, caseColumns(alias));
  }

  /** The facts access to a case is decided on, for checks outside a request (live events). */
  async factsOf(caseId: string): Promise<{ id: string; municipalityId: string; teamAgencyIds: string[] } | null> {
    const entity = await this.tx.manager.createQueryBuilder(CaseEntity, 'c').leftJoinAndSelect('c.team', 'team').where('c.id = :caseId', { caseId }).getOne();
    return entity && { id: entity.id, municipalityId: entity.municipalityId, teamAgencyIds: (entity.team ?? []).map((m) => m.agencyId) };
  }

  /** The team of each case, as its agencies in the order they joined, for a page of cases at once. */
  async teamsOf(caseIds: readonly string[]): Promise<Map<string, AgencyEntity[]>> {
    // Read with every case read: one fixed statement of plain rows, where TypeORM built a
    // query with the join and hydrated a member and an agency per row (a twentieth of the
    // case read's CPU).
    const rows = await this.tx.prepared<AgencyEntity & { caseId: string }>(TEAMS_OF_CASES, [caseIds]);
    const byCase = new Map<string, AgencyEntity[]>(caseIds.map((id) => [id, []]));
    for (const { caseId, ...agency } of rows) byCase.get(caseId)?.push(agency);
    return byCase;
  }

  private async insert(actor: Actor, input: NewCase, action: string, details: Record<string, unknown> = {}, alsoRecord?: (caseId: string) => Promise<void>): Promise<CaseModel> {
    const id = await this.tx.run(async (manager) => {
      const entity = await manager.save(
        manager.create(CaseEntity, { ...input, municipalityId: actor.municipalityId, openedByUserId: actor.userId, openedByAgencyId: actor.agencyId }),
      );
      await manager.insert(CaseTeamMemberEntity, { caseId: entity.id, agencyId: actor.agencyId, addedByUserId: actor.userId });
      await this.audit.record(actor, [{ action, caseId: entity.id, subjectName: entity.subject.fullName, details }]);
      await alsoRecord?.(entity.id);
      return entity.id;
    });
    return this.get(actor, id);
  }

  // Compare-and-set on the status read by the caller: a concurrent change makes it a CONFLICT.
  private async move(actor: Actor, entity: CaseEntity, to: CaseStatus, note: string | null, by: TransitionMover): Promise<void> {
    const from = entity.status;
    const { manager } = this.tx;
    const result = await manager.createQueryBuilder().update(CaseEntity).set({ status: to }).where('id = :id AND status = :from', { id: entity.id, from }).execute();
    if (result.affected !== 1) throw DomainError.conflict('The case changed meanwhile; reload it and try again');
    await manager.insert(CaseStatusChangeEntity, { caseId: entity.id, from, to, note, changedByUserId: actor.userId });
    await this.audit.record(actor, [{ action: 'case.status_changed', caseId: entity.id, details: { from, to, by } }]);
  }

  // A team change is a change of the case: TypeORM's update moves its version and updatedAt.
  private async touch(entity: CaseEntity): Promise<void> {
    await this.tx.manager.createQueryBuilder().update(CaseEntity).set({}).where('id = :id', { id: entity.id }).execute();
  }
}
