import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { CaseSummaryEntity, CaseSummarySectionEntity, CaseSummaryVersionEntity } from './case-summary.entity.js';
import { SummariesResolver } from './summaries.resolver.js';
import { SummariesService } from './summaries.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CaseSummaryEntity, CaseSummarySectionEntity, CaseSummaryVersionEntity]), AuditModule, CasesModule],
  providers: [SummariesService, SummariesResolver],
  exports: [SummariesService],
})
export class SummariesModule {}
