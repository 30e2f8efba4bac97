import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type ReadScope } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { CasesService, CaseStatus, COORDINATION } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { UsersService } from '@renkei/identity';
import { Clock, DomainError, isUuid, type FieldViolation } from '@renkei/kernel';
import { PlansService } from '@renkei/plans';
import { ResourcesService, unknownResourceViolations } from '@renkei/resources';
import type { ReferToResourceInput, UpdateReferralArgs } from './dto/referral.inputs.js';
import { ReferralEntity, ReferralStepEntity } from './referral.entity.js';
import { ReferralStatus } from './referral-enums.js';
import { ReferralFollowUps, type FollowUpDates } from './referral-follow-ups.js';
import { ReferralReads } from './referral-reads.js';
import { FINAL_REFERRAL_STATUSES, INTRODUCIBLE, REFERRAL_STATUS_LABELS, referralStepViolations } from './referral-status.js';
import type { ReferralIntroductionModel, ReferralModel } from './referral.model.js';

/**
 * Referrals of a person to local resources (参加支援のつなぎ): proposed by whoever may refer
 * on the case, carried through the agreed steps by the referring agency (or a coordinator),
 * followed up by tasks, every change audited in its transaction; read through ReferralReads.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly resources: ResourcesService,
    private readonly plans: PlansService,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly followUps: ReferralFollowUps,
    private readonly reads: ReferralReads,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Ability 'refer' on the case: a new referral, PROPOSED, with its follow-up tasks. */
  async refer(actor: Actor, input: ReferToResourceInput): Promise<ReferralModel> {
    return this.tx.run(async (manager) => {
      const found = await this.cases.require(actor, input.caseId, 'refer');
      const caseId = found.entity.id;
      const planId = input.planRoleId ? await this.plans.planOfRole(caseId, input.planRoleId) : null;
      const violations = [...(await this.resourceViolations(actor, input.resourceId)), ...this.dateViolations(input)];
      if (input.planRoleId && !planId) violations.push({ field: 'planRoleId', message: 'この相談の支援プランの役割ではありません' });
      // Support has ended (終結): a new connection reopens the case first. 見守り still links people.
      if (found.entity.status === CaseStatus.CLOSED) violations.push({ field: 'caseId', message: '終結したケースでは社会資源につなげません' });
      if (violations.length > 0) throw DomainError.badInput(violations);
      const now = this.clock.now();
      const referral = await manager.save(
        manager.create(ReferralEntity, {
          caseId,
          municipalityId: found.entity.municipalityId,
          agencyId: actor.agencyId,
          referredByUserId: actor.userId,
          resourceId: input.resourceId,
          status: ReferralStatus.PROPOSED,
          endReason: null,
          note: input.note,
          sharedWithHost: blankToNull(input.sharedWithHost),
          followUpAt: null,
          hostFollowUpAt: null,
          followUpTaskId: null,
          hostFollowUpTaskId: null,
          planId,
          planRoleId: planId ? (input.planRoleId ?? null) : null,
          startedAt: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await manager.insert(ReferralStepEntity, { referralId: referral.id, status: ReferralStatus.PROPOSED, endReason: null, note: input.note, byUserId: actor.userId, at: now });
      const followUps = await this.followUps.schedule(actor, referral, input);
      if (Object.keys(followUps).length > 0) await manager.update(ReferralEntity, { id: referral.id }, followUps);
      await this.audit.record(actor, [{ action: 'referral.created', caseId, details: { referralId: referral.id, resourceId: referral.resourceId, ...(planId ? { planId } : {}), ...followUpDetails(followUps) } }]);
      return this.readBack(actor, referral);
    });
  }

  /** Ability 'update' on the referral: the next step of the agreed ones, from the version the caller saw. */
  async update(actor: Actor, args: UpdateReferralArgs): Promise<ReferralModel> {
    return this.tx.run(async (manager) => {
      const referral = await this.require(actor, args.id, { lock: true });
      if (referral.version !== args.expectedVersion) throw DomainError.conflict(`この参加支援の記録は更新されています（版 ${referral.version}）。読み込み直してください`);
      const changesSharing = args.sharedWithHost !== undefined && args.sharedWithHost !== null;
      const step = { from: referral.status, to: args.status, endReason: args.endReason ?? null, note: args.note ?? '', changesSharing, schedulesFollowUp: Boolean(args.followUpAt ?? args.hostFollowUpAt) };
      const violations = [...referralStepViolations(step), ...this.dateViolations(args)];
      if (violations.length > 0) throw DomainError.badInput(violations);
      const now = this.clock.now();
      const closing = FINAL_REFERRAL_STATUSES.includes(args.status);
      const followUps = closing ? await this.followUps.close(actor, referral) : await this.followUps.schedule(actor, referral, args);
      await manager.update(ReferralEntity, { id: referral.id }, {
        status: args.status,
        endReason: step.endReason,
        ...(changesSharing ? { sharedWithHost: blankToNull(args.sharedWithHost) } : {}),
        ...(args.status === ReferralStatus.STARTED && !referral.startedAt ? { startedAt: now } : {}),
        ...followUps,
        version: referral.version + 1,
        updatedAt: now,
      });
      await manager.insert(ReferralStepEntity, { referralId: referral.id, status: args.status, endReason: step.endReason, note: step.note, byUserId: actor.userId, at: now });
      await this.audit.record(actor, [
        {
          action: 'referral.status_changed',
          caseId: referral.caseId,
          details: { referralId: referral.id, from: referral.status, to: args.status, ...(step.endReason ? { endReason: step.endReason } : {}), ...(changesSharing ? { sharedWithHostChanged: true } : {}), ...followUpDetails(followUps), version: referral.version + 1 },
        },
      ]);
      return this.readBack(actor, referral);
    });
  }

  /**
   * The introduction sheet (紹介票), from AGREED on, for those who may update the referral
   * and see its content (another agency's on a basis, recorded as a provision). Audited.
   */
  async introduction(actor: Actor, id: string): Promise<ReferralIntroductionModel> {
    return this.tx.run(async () => {
      const referral = await this.require(actor, id, { lock: false });
      if (!INTRODUCIBLE.includes(referral.status)) throw DomainError.conflict(`「${REFERRAL_STATUS_LABELS[referral.status]}」の段階では紹介票を発行できません（本人同意の後に発行できます）`);
      const [shown] = await this.reads.ofCase(actor, referral.caseId, COORDINATION, [referral.id]);
      if (!shown || shown.redacted) throw DomainError.forbidden('この参加支援の内容を見る根拠がありません');
      // One after another: in the transaction they share its one connection (pg queues a
      // query sent while another runs, and pg 9 refuses it).
      const resource = await this.resources.get(actor, referral.resourceId);
      const agencies = await this.agencies.byIds([referral.agencyId]);
      const users = await this.users.byIds([actor.userId]);
      const issuedAt = this.clock.now();
      await this.audit.record(actor, [{ action: 'referral.introduction_issued', caseId: referral.caseId, details: { referralId: referral.id, resourceId: referral.resourceId } }]);
      return {
        referralId: referral.id,
        resource,
        agencyName: agencies.get(referral.agencyId)?.name ?? '',
        referredByName: users.get(actor.userId)?.displayName ?? '',
        sharedWithHost: shown.sharedWithHost ?? '',
        issuedAt,
      };
    });
  }

  /** The referrals of a case the caller may read (the parent came through the case door), newest first. */
  async ofCase(actor: Actor, caseId: string, scope: ReadScope): Promise<ReferralModel[]> {
    return this.reads.ofCase(actor, caseId, scope);
  }

  /** The referrals of each of the cases the caller may read (each came through the case door), newest first. */
  async ofCases(actor: Actor, caseIds: readonly string[], scope: ReadScope): Promise<Map<string, ReferralModel[]>> {
    return this.reads.ofCases(actor, caseIds, scope);
  }

  // What the caller just wrote, as they may see it.
  private async readBack(actor: Actor, referral: ReferralEntity): Promise<ReferralModel> {
    const [model] = await this.reads.ofCase(actor, referral.caseId, COORDINATION, [referral.id]);
    if (!model) throw new Error(`The referral ${referral.id} just written cannot be read`);
    return model;
  }

  /**
   * The referral, through the case door (NOT_FOUND when the caller may not know of its case,
   * as for a missing one), and FORBIDDEN unless they may update it. Locked for a change, so
   * the version read holds until the transaction ends.
   */
  private async require(actor: Actor, id: string, { lock }: { lock: boolean }): Promise<ReferralEntity> {
    const query = this.tx.manager.createQueryBuilder(ReferralEntity, 'r').where('r.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    const referral = isUuid(id) ? await query.getOne() : null;
    if (!referral) throw DomainError.notFound('Referral');
    await this.cases.require(actor, referral.caseId).catch((error: unknown) => {
      throw error instanceof DomainError && error.kind === 'NOT_FOUND' ? DomainError.notFound('Referral') : error;
    });
    if (!this.access.can(actor, 'update', 'Referral', { id: referral.id, municipalityId: referral.municipalityId, agencyId: referral.agencyId })) {
      throw DomainError.forbidden('参加支援の記録を更新できるのは、つないだ機関の職員とコーディネーターです');
    }
    return referral;
  }

  // A resource of the caller's municipality's directory, not suspended.
  private async resourceViolations(actor: Actor, resourceId: string): Promise<FieldViolation[]> {
    const unknown = await unknownResourceViolations(this.resources, actor, 'resourceId', [resourceId]);
    if (unknown.length > 0) return unknown;
    return (await this.resources.get(actor, resourceId)).active ? [] : [{ field: 'resourceId', message: '休止中の社会資源にはつなげません' }];
  }

  // A follow-up is planned ahead: a date already past would only make an overdue task.
  private dateViolations(dates: FollowUpDates): FieldViolation[] {
    const now = this.clock.now().getTime();
    return (['followUpAt', 'hostFollowUpAt'] as const)
      .filter((field) => {
        const at = dates[field];
        return at && at.getTime() <= now;
      })
      .map((field) => ({ field, message: '未来の日時を指定してください' }));
  }
}

// Stored as absent rather than as an empty agreement.
function blankToNull(text: string | null | undefined): string | null {
  return text ? text : null;
}

function followUpDetails(changes: { followUpAt?: Date | null; hostFollowUpAt?: Date | null }): Record<string, unknown> {
  return {
    ...(changes.followUpAt ? { followUpAt: changes.followUpAt.toISOString() } : {}),
    ...(changes.hostFollowUpAt ? { hostFollowUpAt: changes.hostFollowUpAt.toISOString() } : {}),
  };
}
