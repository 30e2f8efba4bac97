import { Injectable } from '@nestjs/common';
import type { Action, Actor, ReadScope } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { type AccessibleCase, CaseEntity, CasesService, CaseStatus } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { Clock, DomainError, type FieldViolation, isUuid } from '@renkei/kernel';
import { In, type EntityManager } from 'typeorm';
import type { PlanAgreementInput, PlanInput } from './dto/plan.input.js';
import { GuardedTexts } from './guarded-texts.js';
import { PlanEntity, PlanRoleEntity } from './plan.entity.js';
import type { PlanModel } from './plan.model.js';
import { toPlanModel } from './plan-assembly.js';
import { PlanContents } from './plan-contents.js';
import { PlanStatus } from './plan-enums.js';
import { planInForce, requirePlanStep } from './plan-status.js';

/** A plan about to change, loaded for a lifecycle step: its row with goals and roles, and its case as the actor may act on it. */
export interface PlanForChange {
  readonly plan: PlanEntity;
  readonly found: AccessibleCase;
}

// A clock a few minutes ahead on the client is no agreement from the future.
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The support plan (支援プラン) of a case: its versions, drafted and edited by the
 * coordinator with the person's agreement recorded, and read by everyone who may know of
 * the case, each text shown or withheld by GuardedTexts. Every change leaves an audit entry
 * in its transaction.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly tx: Transactions,
    private readonly cases: CasesService,
    private readonly agencies: AgenciesService,
    private readonly texts: GuardedTexts,
    private readonly contents: PlanContents,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /**
   * COORDINATOR: the next version of the case's plan, as a DRAFT; the case moves to
   * PLANNING. Refused (CONFLICT) while a version is DRAFT or PROPOSED, and for a case in
   * INTAKE or CLOSED.
   */
  async draft(actor: Actor, caseId: string, input: PlanInput, scope: ReadScope): Promise<PlanModel> {
    return this.tx.run(async (manager) => {
      const found = await this.cases.require(actor, caseId, 'writePlan');
      const status = await this.lockCase(manager, found.entity.id);
      if (status === CaseStatus.INTAKE || status === CaseStatus.CLOSED) throw DomainError.conflict(`A case in ${status} gets no plan; move it to ASSESSMENT first`);
      const open = await manager.findOneBy(PlanEntity, { caseId: found.entity.id, status: In([PlanStatus.DRAFT, PlanStatus.PROPOSED]) });
      if (open) throw DomainError.conflict(`Version ${open.number} of the plan is still ${open.status}: change that one`);
      await this.assertAgencies(actor, input);
      const { max } = (await manager.createQueryBuilder(PlanEntity, 'p').select('MAX(p.number)', 'max').where('p.case_id = :caseId', { caseId: found.entity.id }).getRawOne<{ max: number | null }>()) ?? { max: null };
      const number = (max ?? 0) + 1;
      const plan = await manager.save(
        manager.create(PlanEntity, {
          caseId: found.entity.id,
          municipalityId: found.entity.municipalityId,
          number,
          version: 1,
          status: PlanStatus.DRAFT,
          agencyId: actor.agencyId,
          createdByUserId: actor.userId,
          ...planColumns(input),
        }),
      );
      await this.contents.replace(manager, plan.id, input);
      await this.cases.moveByPlan(actor, found.entity.id, CaseStatus.PLANNING, `支援プラン第${number}版を作成`);
      await this.audit.record(actor, [{ action: 'plan.drafted', caseId: found.entity.id, details: { planId: plan.id, number } }]);
      return this.one(actor, found.entity.id, plan.id, scope);
    });
  }

  /** COORDINATOR: replaces a DRAFT's content (goals, roles, texts); `expectedVersion` must be the version last read (else CONFLICT). */
  async update(actor: Actor, planId: string, input: PlanInput, expectedVersion: number, scope: ReadScope): Promise<PlanModel> {
    return this.tx.run(async (manager) => {
      const { plan, found } = await this.requireForChange(actor, planId, 'writePlan');
      requirePlanStep('update', plan.status);
      await this.assertAgencies(actor, input);
      await this.bump(manager, plan, expectedVersion, planColumns(input));
      await this.contents.replace(manager, plan.id, input);
      await this.audit.record(actor, [{ action: 'plan.updated', caseId: found.entity.id, details: { planId: plan.id, number: plan.number, version: expectedVersion + 1 } }]);
      return this.one(actor, found.entity.id, plan.id, scope);
    });
  }

  /** COORDINATOR: records the person's agreement to a DRAFT or PROPOSED plan (本人の同意: how, when). */
  async recordAgreement(actor: Actor, planId: string, input: PlanAgreementInput, scope: ReadScope): Promise<PlanModel> {
    if (input.obtainedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) throw DomainError.badInput([{ field: 'obtainedAt', message: 'must not be in the future' }]);
    return this.tx.run(async (manager) => {
      const { plan, found } = await this.requireForChange(actor, planId, 'writePlan');
      requirePlanStep('recordAgreement', plan.status);
      await this.bump(manager, plan, plan.version, { agreementMethod: input.method, agreementObtainedAt: input.obtainedAt });
      await this.audit.record(actor, [{ action: 'plan.agreement_recorded', caseId: found.entity.id, details: { planId: plan.id, number: plan.number, method: input.method } }]);
      return this.one(actor, found.entity.id, plan.id, scope);
    });
  }

  /**
   * For a lifecycle step (propose, approve, evaluate), inside the caller's transaction
   * (`tx.run`): the plan with its goals and roles (ordered by position) and its case,
   * asserting the actor may `caseAction` the case (NOT_FOUND when they may not know of it,
   * FORBIDDEN when they may but not do this; pass 'read' and decide with the `Plan`
   * ability yourself for evaluate). The case row is locked until the transaction ends, so
   * steps on the plans of one case run one after the other and the status read here holds;
   * check it with `requirePlanStep`.
   */
  async requireForChange(actor: Actor, planId: string, caseAction: Action): Promise<PlanForChange> {
    return this.tx.run(async (manager) => {
      const head = isUuid(planId) ? await manager.findOneBy(PlanEntity, { id: planId }) : null;
      if (!head) throw DomainError.notFound('Plan');
      const found = await this.cases.require(actor, head.caseId, caseAction);
      await this.lockCase(manager, head.caseId);
      const [plan] = await this.load([head.caseId], [planId]);
      if (!plan) throw DomainError.notFound('Plan');
      return { plan, found };
    });
  }

  /**
   * Every version of the plan of each of the cases the caller may know of (loaded through the
   * one door), newest first, as the caller may see it for `scope`: three statements whatever
   * the number of cases (a list of cases).
   */
  async plansOfCases(actor: Actor, caseIds: readonly string[], scope: ReadScope): Promise<Map<string, PlanModel[]>> {
    const byCase = new Map<string, PlanModel[]>(caseIds.map((id) => [id, []]));
    for (const plan of await this.assemble(actor, await this.load(caseIds), scope)) byCase.get(plan.caseId)?.push(plan);
    return byCase;
  }

  /** The plan in force of a case the caller may know of: the newest approved version, or null. */
  async inForce(actor: Actor, caseId: string, scope: ReadScope): Promise<PlanModel | null> {
    return (await this.inForceOfCases(actor, [caseId], scope)).get(caseId) ?? null;
  }

  /** {@link inForce} for each of the cases, in four statements whatever their number (a list of cases). */
  async inForceOfCases(actor: Actor, caseIds: readonly string[], scope: ReadScope): Promise<Map<string, PlanModel | null>> {
    const heads = new Map<string, PlanEntity[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length > 0) {
      const found = await this.tx.manager.find(PlanEntity, { where: { caseId: In([...caseIds]) }, select: { id: true, caseId: true, number: true, status: true } });
      for (const head of found) heads.get(head.caseId)?.push(head);
    }
    const current = [...heads.values()].flatMap((ofCase) => planInForce(ofCase) ?? []);
    const plans = await this.assemble(actor, await this.load(caseIds, current.map((plan) => plan.id)), scope);
    const byCase = new Map<string, PlanModel | null>(caseIds.map((id) => [id, null]));
    for (const plan of plans) byCase.set(plan.caseId, plan);
    return byCase;
  }

  /** Plans of one case the caller may know of, by id, as the caller may see them for `scope` (an agenda item's plan). */
  async byIds(actor: Actor, caseId: string, planIds: readonly string[], scope: ReadScope): Promise<Map<string, PlanModel>> {
    const plans = await this.assemble(actor, await this.load([caseId], planIds), scope);
    return new Map(plans.map((plan) => [plan.id, plan]));
  }

  /** The case a plan belongs to, or null: a plan asked for by its id is then read through its case's door. */
  async caseOf(planId: string): Promise<string | null> {
    if (!isUuid(planId)) return null;
    const plan = await this.tx.manager.findOne(PlanEntity, { where: { id: planId }, select: { id: true, caseId: true } });
    return plan?.caseId ?? null;
  }

  /**
   * The plan a role (役割分担) belongs to, when it is a role of a plan of this case; null
   * otherwise. For another context planning its work from a role (a referral); the caller
   * already went through the case door.
   */
  async planOfRole(caseId: string, planRoleId: string): Promise<string | null> {
    if (!isUuid(planRoleId)) return null;
    const role = await this.tx.manager
      .createQueryBuilder(PlanRoleEntity, 'r')
      .innerJoin('r.plan', 'p')
      .select('r.plan_id', 'plan_id')
      .where('r.id = :planRoleId AND p.case_id = :caseId', { planRoleId, caseId })
      .getRawOne<{ plan_id: string }>();
    return role?.plan_id ?? null;
  }

  private async one(actor: Actor, caseId: string, planId: string, scope: ReadScope): Promise<PlanModel> {
    const plan = (await this.byIds(actor, caseId, [planId], scope)).get(planId);
    if (!plan) throw new Error(`The plan ${planId} just written cannot be read`);
    return plan;
  }

  // The plans of the cases (all, or those of `planIds`) with their goals and roles, newest first.
  // Reads need no transaction of their own: each statement sees what was committed when it ran,
  // as it would inside one, and a transaction per case of a list would hold a pool connection each.
  private async load(caseIds: readonly string[], planIds?: readonly string[]): Promise<PlanEntity[]> {
    if (caseIds.length === 0 || planIds?.length === 0) return [];
    const query = this.tx.manager
      .createQueryBuilder(PlanEntity, 'p')
      .leftJoinAndSelect('p.goals', 'g')
      .leftJoinAndSelect('g.roles', 'r')
      .where('p.case_id IN (:...caseIds)', { caseIds: [...caseIds] })
      .orderBy('p.number', 'DESC')
      .addOrderBy('g.position', 'ASC')
      .addOrderBy('r.position', 'ASC');
    if (planIds) query.andWhere('p.id IN (:...planIds)', { planIds: [...planIds] });
    return query.getMany();
  }

  // The texts of all the plans in one guarded read (provisions recorded), the role tasks in one query.
  private async assemble(actor: Actor, plans: readonly PlanEntity[], scope: ReadScope): Promise<PlanModel[]> {
    if (plans.length === 0) return [];
    const ids = plans.map((plan) => plan.id);
    const texts = await this.texts.read(actor, 'plan', [...new Set(plans.map((plan) => plan.caseId))], ids, scope);
    const tasks = await this.tx.manager.query<{ id: string; plan_role_id: string }[]>(`SELECT id, plan_role_id FROM tasks WHERE plan_id = ANY($1::uuid[]) AND plan_role_id IS NOT NULL`, [ids]);
    const taskIdByRole = new Map(tasks.map((task) => [task.plan_role_id, task.id]));
    return plans.map((plan) => toPlanModel(plan, texts.get(plan.id) ?? new Map(), taskIdByRole));
  }

  // Serialises the plan steps of one case (and reads its status under the lock).
  private async lockCase(manager: EntityManager, caseId: string): Promise<CaseStatus> {
    const locked = await manager.createQueryBuilder(CaseEntity, 'c').setLock('pessimistic_write').where('c.id = :caseId', { caseId }).getOneOrFail();
    return locked.status;
  }

  // Compare-and-set on the version read: an edit in between makes this a CONFLICT.
  private async bump(manager: EntityManager, plan: PlanEntity, expectedVersion: number, changes: Partial<PlanEntity>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(PlanEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion AND status = :status', { id: plan.id, expectedVersion, status: plan.status })
      .execute();
    if (result.affected !== 1) throw DomainError.conflict('The plan changed meanwhile; reload it and try again');
  }

  // Role agencies and the lead agency are agencies of the municipality; each wrong one named by its field.
  private async assertAgencies(actor: Actor, input: PlanInput): Promise<void> {
    const references = [
      ...(input.leadAgencyId ? [{ field: 'leadAgencyId', id: input.leadAgencyId }] : []),
      ...input.goals.flatMap((goal, g) => goal.roles.map((role, r) => ({ field: `goals.${g}.roles.${r}.agencyId`, id: role.agencyId }))),
    ];
    if (references.length === 0) return;
    const known = await this.agencies.byIds([...new Set(references.map((reference) => reference.id))]);
    const violations: FieldViolation[] = references
      .filter((reference) => known.get(reference.id)?.municipalityId !== actor.municipalityId)
      .map((reference) => ({ field: reference.field, message: 'must be an agency of the municipality' }));
    if (violations.length > 0) throw DomainError.badInput(violations);
  }
}

// The plan row's own columns that a PlanInput sets.
function planColumns(input: PlanInput): Pick<PlanEntity, 'participationReferral' | 'outreach' | 'leadAgencyId' | 'nextReviewOn'> {
  return { participationReferral: input.participationReferral, outreach: input.outreach, leadAgencyId: input.leadAgencyId ?? null, nextReviewOn: input.nextReviewOn ?? null };
}
