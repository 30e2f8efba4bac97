import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AuditTrail, type AuditActor } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { Clock, DomainError } from '@renkei/kernel';
import type { EntityManager } from 'typeorm';
import { AccessLogsSweep } from './access-logs.sweep.js';
import { ClosedCasesSweep } from './closed-cases.sweep.js';
import { ExpiredConsentsSweep } from './expired-consents.sweep.js';
import { RETENTION_KINDS, type RetentionKind } from './retention-kind.js';
import { retentionCutoff, validRetentionDays } from './retention-period.js';
import { RetentionPolicyEntity } from './retention-policy.entity.js';
import type { RetentionFindingModel, RetentionPolicyModel } from './retention.model.js';
import type { RetentionFinding, RetentionSweep } from './retention-sweep.js';

/**
 * The retention periods of a municipality and their application. A run holds the
 * municipality's retention lock for its transaction, so two processes never run one at once;
 * each removal is recorded in the audit trail (kind, count, cutoff: never personal data) in
 * the same transaction, so the trail records exactly what was removed.
 */
@Injectable()
export class RetentionService {
  private readonly sweeps: ReadonlyMap<RetentionKind, RetentionSweep>;

  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    closedCases: ClosedCasesSweep,
    expiredConsents: ExpiredConsentsSweep,
    accessLogs: AccessLogsSweep,
  ) {
    this.sweeps = new Map([closedCases, expiredConsents, accessLogs].map((sweep) => [sweep.kind, sweep]));
  }

  async policies(actor: Actor): Promise<RetentionPolicyModel[]> {
    this.assertAdministrator(actor);
    const rows = await this.periods(this.tx.manager, actor.municipalityId);
    return RETENTION_KINDS.map((kind) => ({ kind, days: rows.get(kind)?.days ?? null, updatedAt: rows.get(kind)?.updatedAt ?? null }));
  }

  /** Sets (or with null, unsets) one kind's period; audited. */
  async setPeriod(actor: Actor, kind: RetentionKind, days: number | null): Promise<RetentionPolicyModel> {
    this.assertAdministrator(actor);
    const period = validRetentionDays(kind, days);
    return this.tx.run(async (manager) => {
      const updatedAt = this.clock.now();
      if (period === null) await manager.delete(RetentionPolicyEntity, { municipalityId: actor.municipalityId, kind });
      else await manager.upsert(RetentionPolicyEntity, { municipalityId: actor.municipalityId, kind, days: period, updatedByUserId: actor.userId, updatedAt }, ['municipalityId', 'kind']);
      await this.audit.record(actor, [{ action: 'retention.period_set', details: { kind, days: period } }]);
      return { kind, days: period, updatedAt: period === null ? null : updatedAt };
    });
  }

  /** The dry run: per kind, what is past its period now. Changes nothing. */
  async report(actor: Actor): Promise<RetentionFindingModel[]> {
    this.assertAdministrator(actor);
    const manager = this.tx.manager;
    const now = this.clock.now();
    const periods = await this.periods(manager, actor.municipalityId);
    return Promise.all(
      RETENTION_KINDS.map(async (kind) => {
        const days = periods.get(kind)?.days ?? null;
        if (days === null) return { kind, days, cutoff: null, count: 0, oldestEndedAt: null };
        const cutoff = retentionCutoff(now, days);
        return { kind, days, cutoff, ...(await this.sweep(kind).find(manager, actor.municipalityId, cutoff)) };
      }),
    );
  }

  /** ADMIN: runs the removal now (waiting for a run in progress); returns what it removed. */
  async apply(actor: Actor): Promise<RetentionFindingModel[]> {
    this.assertAdministrator(actor);
    return (await this.run(actor, 'wait')) ?? [];
  }

  /** The scheduled job: every municipality with a period, skipping one another process is running. */
  async applyEverywhere(): Promise<number> {
    const municipalities = await this.tx.manager.query<{ municipality_id: string }[]>('SELECT DISTINCT municipality_id FROM retention_policies');
    let removed = 0;
    for (const { municipality_id: municipalityId } of municipalities) {
      const findings = await this.run({ system: true, municipalityId }, 'skip');
      removed += (findings ?? []).reduce((sum, finding) => sum + finding.count, 0);
    }
    return removed;
  }

  /** One municipality's run in one transaction; null when skipped because another holds the lock. */
  private run(actor: AuditActor, whenBusy: 'wait' | 'skip'): Promise<RetentionFindingModel[] | null> {
    return this.tx.run(async (manager) => {
      if (!(await holdRetentionLock(manager, actor.municipalityId, whenBusy))) return null;
      const now = this.clock.now();
      const findings: (RetentionFindingModel & Pick<RetentionFinding, 'attestation'>)[] = [];
      for (const [kind, { days }] of await this.periods(manager, actor.municipalityId)) {
        const cutoff = retentionCutoff(now, days);
        const removed = await this.sweep(kind).remove(manager, actor.municipalityId, cutoff, now);
        findings.push({ kind, days, cutoff, ...removed });
      }
      const done = findings.filter((finding) => finding.count > 0);
      // Appended after the sweeps: a pruned trail's entry links to what the prune left.
      await this.audit.record(
        actor,
        done.map(({ kind, days, cutoff, count, oldestEndedAt, attestation }) => ({ action: 'retention.applied', details: { kind, days, cutoff, count, oldestEndedAt, ...attestation } })),
      );
      return findings.map(({ kind, days, cutoff, count, oldestEndedAt }) => ({ kind, days, cutoff, count, oldestEndedAt }));
    });
  }

  private async periods(manager: EntityManager, municipalityId: string): Promise<Map<RetentionKind, RetentionPolicyEntity>> {
    const rows = await manager.find(RetentionPolicyEntity, { where: { municipalityId } });
    return new Map(RETENTION_KINDS.flatMap((kind) => rows.filter((row) => row.kind === kind).map((row) => [kind, row] as const)));
  }

  private sweep(kind: RetentionKind): RetentionSweep {
    const sweep = this.sweeps.get(kind);
    if (!sweep) throw new Error(`No retention sweep for ${kind}`);
    return sweep;
  }

  private assertAdministrator(actor: Actor): void {
    // The settings are no record to hide: a non-administrator is told no, not "not found".
    if (!this.access.can(actor, 'manage', 'RetentionPolicy', { municipalityId: actor.municipalityId })) throw DomainError.forbidden();
  }
}

/** The municipality's retention lock, until the transaction ends: taken (waiting), or tried. */
async function holdRetentionLock(manager: EntityManager, municipalityId: string, whenBusy: 'wait' | 'skip'): Promise<boolean> {
  const key = `hashtextextended('retention:' || $1, 0)`;
  if (whenBusy === 'wait') {
    await manager.query(`SELECT pg_advisory_xact_lock(${key})`, [municipalityId]);
    return true;
  }
  const [row] = await manager.query<{ held: boolean }[]>(`SELECT pg_try_advisory_xact_lock(${key}) AS held`, [municipalityId]);
  return row?.held === true;
}
