import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { ConsentEntity, ConsentProvisionEntity } from './consent.entity.js';
import { ConsentProvisionsSql } from './consent-provisions.sql.js';
import { ConsentResolver } from './consent.resolver.js';
import { ConsentService } from './consent.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ConsentEntity, ConsentProvisionEntity]), AgenciesModule, AuditModule, CasesModule],
  providers: [ConsentService, ConsentResolver, ConsentProvisionsSql],
  exports: [ConsentProvisionsSql],
})
export class ConsentModule {}
