import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditCheckpointEntity } from './audit-checkpoint.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditPruning } from './audit-pruning.js';
import { AuditMetrics } from './audit-metrics.js';
import { AuditSequencer } from './audit-sequencer.js';
import { AuditTrail } from './audit-trail.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity, AuditCheckpointEntity])],
  providers: [AuditTrail, AuditService, AuditResolver, AuditPruning, AuditSequencer, AuditMetrics],
  exports: [AuditTrail, AuditService, AuditPruning, AuditSequencer],
})
export class AuditModule {}
