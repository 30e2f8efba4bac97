import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@renkei/audit';
import { AccessLogsSweep } from './access-logs.sweep.js';
import { CaseErasureEntity } from './case-erasure.entity.js';
import { ClosedCasesSweep } from './closed-cases.sweep.js';
import { ExpiredConsentsSweep } from './expired-consents.sweep.js';
import { RetentionJob } from './retention-job.js';
import { RetentionPolicyEntity } from './retention-policy.entity.js';
import { RetentionResolver } from './retention.resolver.js';
import { RetentionService } from './retention.service.js';

/** 保存期間: the retention periods an administrator sets, the dry run, and the scheduled removal. */
@Module({
  imports: [TypeOrmModule.forFeature([RetentionPolicyEntity, CaseErasureEntity]), AuditModule],
  providers: [ClosedCasesSweep, AccessLogsSweep, ExpiredConsentsSweep, RetentionService, RetentionResolver, RetentionJob],
  exports: [RetentionJob],
})
export class RetentionModule {}
