import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CaseEntity } from './case.entity.js';
import { CaseStatusChangeEntity } from './case-status-change.entity.js';
import { CaseTeamMemberEntity } from './case-team-member.entity.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { CaseReader } from './case-reader.js';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity, CaseTeamMemberEntity, CaseStatusChangeEntity]), AgenciesModule, AuditModule],
  providers: [CaseReader, CasesService, CasesResolver],
  exports: [CasesService],
})
export class CasesModule {}
