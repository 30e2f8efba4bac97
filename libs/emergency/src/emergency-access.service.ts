import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail, type AuditEntry } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { UsersService } from '@renkei/identity';
import { Clock, DomainError, isUuid, Role } from '@renkei/kernel';
import { TasksService } from '@renkei/tasks';
import { EmergencyAccessEntity } from './emergency-access.entity.js';
import { EmergencyAccessModel } from './emergency-access.model.js';
import { EmergencyAccessEventType, EmergencyReviewVerdict } from './emergency-enums.js';
import { EmergencyEvents } from './emergency-events.js';
import { periodOf, rateWindowStart, stateAt } from './emergency-period.js';
import type { DeclareEmergencyAccessInput, EmergencyAccessesArgs, ReviewEmergencyAccessArgs } from './dto/emergency-access.inputs.js';

/** The coordinator's task for each declaration (緊急時の閲覧の確認), due when the review is. */
const COORDINATOR_TASK_TITLE = '緊急時の閲覧の確認';

/**
 * Emergency access (緊急時の閲覧): declared by a user who may act on the case, after
 * re-entering their password and within the municipality's rate; in force for the configured
 * hours unless ended early; reviewed once by the personal-information officer (AUDITOR).
 * Every step is audited and announced live; the coordinators get a task to look at it.
 */
@Injectable()
export class EmergencyAccessService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly tasks: TasksService,
    private readonly audit: AuditTrail,
    private readonly events: EmergencyEvents,
    private readonly clock: Clock,
  ) {}

  async declare(actor: Actor, input: DeclareEmergencyAccessInput): Promise<EmergencyAccessModel> {
    // NOT_FOUND for a case the actor may not know of (another municipality's included).
    await this.cases.require(actor, input.caseId, 'declareEmergency');
    if (!(await this.users.confirmsPassword(actor, input.password))) {
      // Outside the refused operation's transaction, so that the attempt stays on record.
      await this.audit.record(actor, [{ action: 'emergency_access.password_rejected', caseId: input.caseId }]);
      throw DomainError.forbidden('パスワードが一致しません (the password does not match)');
    }
    return this.tx.run(async (manager) => {
      // One declaration of a user at a time, so that two at once cannot both pass the rate.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('emergency:' || $1, 0))`, [actor.userId]);
      const settings = await this.agencies.municipality(actor);
      const now = this.clock.now();
      await this.assertWithinRate(actor, settings.emergencyDeclarationsPerDay, now);
      const entity = await manager.save(
        manager.create(EmergencyAccessEntity, {
          municipalityId: actor.municipalityId,
          caseId: input.caseId,
          categories: input.categories,
          legalGround: input.legalGround,
          reason: input.reason,
          declaredByUserId: actor.userId,
          declaredByAgencyId: actor.agencyId,
          declaredAt: now,
          ...periodOf(now, settings),
          endedAt: null,
          endedByUserId: null,
          reviewVerdict: null,
          reviewNote: null,
          reviewedByUserId: null,
          reviewedAt: null,
        }),
      );
      await this.audit.record(actor, [entryOf('emergency_access.declared', entity, { legalGround: entity.legalGround, expiresAt: entity.expiresAt.toISOString(), reviewDueAt: entity.reviewDueAt.toISOString() })]);
      await this.assignCoordinatorTasks(actor, entity);
      await this.events.announce(EmergencyAccessEventType.DECLARED, entity);
      return EmergencyAccessModel.from(entity, now);
    });
  }

  /** Ends a declaration early: its declarer, or the officer. CONFLICT once it is over. */
  async end(actor: Actor, id: string): Promise<EmergencyAccessModel> {
    return this.tx.run(async (manager) => {
      const entity = await this.require(actor, id);
      const facts = factsOf(entity);
      if (!this.access.can(actor, 'update', 'EmergencyAccess', facts) && !this.access.can(actor, 'review', 'EmergencyAccess', facts)) {
        throw DomainError.forbidden('Only its declarer or the personal-information officer ends an emergency access');
      }
      const now = this.clock.now();
      // Only from ACTIVE, whoever ends it at the same time.
      const ended = await manager
        .createQueryBuilder()
        .update(EmergencyAccessEntity)
        .set({ endedAt: now, endedByUserId: actor.userId })
        .where('id = :id AND ended_at IS NULL AND expires_at > :now', { id: entity.id, now })
        .execute();
      if (ended.affected !== 1) throw DomainError.conflict(`The emergency access is ${stateAt(entity, now)}, not ACTIVE`);
      const updated = await manager.findOneByOrFail(EmergencyAccessEntity, { id: entity.id });
      await this.audit.record(actor, [entryOf('emergency_access.ended', updated, {})]);
      await this.events.announce(EmergencyAccessEventType.ENDED, updated);
      return EmergencyAccessModel.from(updated, now);
    });
  }

  /** The officer's review (事後検証), once. */
  async review(actor: Actor, { id, verdict, note }: ReviewEmergencyAccessArgs): Promise<EmergencyAccessModel> {
    return this.tx.run(async (manager) => {
      const entity = await this.require(actor, id);
      this.access.assert(actor, 'review', 'EmergencyAccess', factsOf(entity));
      const now = this.clock.now();
      const reviewed = await manager
        .createQueryBuilder()
        .update(EmergencyAccessEntity)
        .set({ reviewVerdict: verdict, reviewNote: note, reviewedByUserId: actor.userId, reviewedAt: now })
        .where('id = :id AND reviewed_at IS NULL', { id: entity.id })
        .execute();
      if (reviewed.affected !== 1) throw DomainError.conflict('The emergency access has been reviewed already');
      const updated = await manager.findOneByOrFail(EmergencyAccessEntity, { id: entity.id });
      await this.audit.record(actor, [entryOf('emergency_access.reviewed', updated, { verdict })]);
      await this.events.announce(EmergencyAccessEventType.REVIEWED, updated);
      return EmergencyAccessModel.from(updated, now);
    });
  }

  /** The auditors' and coordinators' view is the municipality's; anyone else sees their own. Newest first. */
  async list(actor: Actor, { reviewed, caseId, active }: EmergencyAccessesArgs): Promise<EmergencyAccessModel[]> {
    const visible = this.access.listCondition(actor, 'read', 'EmergencyAccess', { municipalityId: 'e.municipality_id', declaredByUserId: 'e.declared_by_user_id' });
    if (!visible) return [];
    const now = this.clock.now();
    const query = this.tx.manager.createQueryBuilder(EmergencyAccessEntity, 'e').where(visible.sql, visible.params);
    if (caseId) query.andWhere('e.case_id = :caseId', { caseId });
    if (reviewed === true) query.andWhere('e.reviewed_at IS NOT NULL');
    if (reviewed === false) query.andWhere('e.reviewed_at IS NULL');
    const inForce = 'e.ended_at IS NULL AND e.expires_at > :now';
    if (active === true) query.andWhere(inForce, { now });
    if (active === false) query.andWhere(`NOT (${inForce})`, { now });
    const rows = await query.orderBy('e.declared_at', 'DESC').addOrderBy('e.id', 'DESC').getMany();
    return rows.map((row) => EmergencyAccessModel.from(row, now));
  }

  /** The counts of not-justified reviews are the oversight's: the municipality's administrators and auditors. */
  mayCountNotJustified(actor: Actor): boolean {
    return this.access.can(actor, 'read', 'AuditTrail', { municipalityId: actor.municipalityId });
  }

  /**
   * How many of each user's declarations were reviewed as not justified (none told to
   * anyone but the municipality's administrators and auditors).
   */
  async notJustifiedCounts(actor: Actor, userIds: readonly string[]): Promise<Map<string, number>> {
    if (!this.mayCountNotJustified(actor)) return new Map();
    const rows = await this.tx.manager
      .createQueryBuilder(EmergencyAccessEntity, 'e')
      .select('e.declared_by_user_id', 'user_id')
      .addSelect('count(*)::int', 'count')
      .where('e.municipality_id = :municipalityId AND e.declared_by_user_id IN (:...userIds) AND e.review_verdict = :verdict', {
        municipalityId: actor.municipalityId,
        userIds: [...userIds],
        verdict: EmergencyReviewVerdict.NOT_JUSTIFIED,
      })
      .groupBy('e.declared_by_user_id')
      .getRawMany<{ user_id: string; count: number }>();
    return new Map(userIds.map((id) => [id, rows.find((row) => row.user_id === id)?.count ?? 0]));
  }

  // The declaration, if the actor may see it; NOT_FOUND otherwise, as for a missing one.
  private async require(actor: Actor, id: string): Promise<EmergencyAccessEntity> {
    const entity = isUuid(id) ? await this.tx.manager.findOneBy(EmergencyAccessEntity, { id }) : null;
    if (!entity) throw DomainError.notFound('EmergencyAccess');
    this.access.assert(actor, 'read', 'EmergencyAccess', factsOf(entity));
    return entity;
  }

  // RATE_LIMITED once the user made the municipality's number of declarations in the last 24 hours.
  private async assertWithinRate(actor: Actor, perDay: number, now: Date): Promise<void> {
    const since = rateWindowStart(now);
    const recent = await this.tx.manager
      .createQueryBuilder(EmergencyAccessEntity, 'e')
      .where('e.declared_by_user_id = :userId AND e.declared_at > :since', { userId: actor.userId, since })
      .orderBy('e.declared_at', 'ASC')
      .getMany();
    if (recent.length < perDay) return;
    const oldest = recent[recent.length - perDay] ?? recent[0];
    const waitMs = oldest ? oldest.declaredAt.getTime() - since.getTime() : 0;
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new DomainError('RATE_LIMITED', `At most ${perDay} emergency declarations in 24 hours; try again in ${retryAfterSeconds} s`, [], retryAfterSeconds);
  }

  // Every active coordinator (other than the declarer) gets a task on the case, due with the review.
  private async assignCoordinatorTasks(actor: Actor, entity: EmergencyAccessEntity): Promise<void> {
    const coordinators = (await this.users.activeWithRole(entity.municipalityId, Role.COORDINATOR)).filter((user) => user.id !== actor.userId);
    for (const { id } of coordinators) {
      await this.tasks.assignForNotice(actor, {
        caseId: entity.caseId,
        title: COORDINATOR_TASK_TITLE,
        description: `緊急時の閲覧が宣言されました（${entity.categories.join('、')}）。期限までに事後検証が行われることを確認してください。`,
        dueAt: entity.reviewDueAt,
        assigneeUserId: id,
      });
    }
  }
}

function factsOf(entity: EmergencyAccessEntity): { id: string; municipalityId: string; declaredByUserId: string } {
  return { id: entity.id, municipalityId: entity.municipalityId, declaredByUserId: entity.declaredByUserId };
}

function entryOf(action: string, entity: EmergencyAccessEntity, details: Record<string, unknown>): AuditEntry {
  return { action, caseId: entity.caseId, categories: entity.categories, emergencyAccessId: entity.id, details: { emergencyAccessId: entity.id, ...details } };
}
