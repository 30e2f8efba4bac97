import { Injectable } from '@nestjs/common';
import { AuditPruning, type AuditPrefix } from '@renkei/audit';
import type { EntityManager } from 'typeorm';
import { RetentionKind } from './retention-kind.js';
import type { RetentionFinding, RetentionSweep } from './retention-sweep.js';

/**
 * アクセス記録・提供記録: the audit trail's entries older than the period, removed as the
 * oldest part of the chain behind a checkpoint. The run's `retention.applied` entry names the
 * checkpoint (through which sequence, which hash), which is what lets verification trust it.
 */
@Injectable()
export class AccessLogsSweep implements RetentionSweep {
  readonly kind = RetentionKind.ACCESS_LOGS;

  constructor(private readonly pruning: AuditPruning) {}

  async find(manager: EntityManager, municipalityId: string, cutoff: Date): Promise<RetentionFinding> {
    const { count, oldestAt } = await this.pruning.find(manager, municipalityId, cutoff);
    return { count, oldestEndedAt: oldestAt };
  }

  async remove(manager: EntityManager, municipalityId: string, cutoff: Date, now: Date): Promise<RetentionFinding> {
    const { count, oldestAt, throughSequence, throughHash }: AuditPrefix = await this.pruning.prune(manager, municipalityId, cutoff, now);
    return { count, oldestEndedAt: oldestAt, attestation: count > 0 ? { throughSequence, throughHash } : {} };
  }
}
