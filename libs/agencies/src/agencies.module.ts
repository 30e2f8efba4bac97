import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@renkei/audit';
import { AgenciesResolver } from './agencies.resolver.js';
import { AgenciesService } from './agencies.service.js';
import { AgencyEntity } from './agency.entity.js';
import { ProvisionRecordAgenciesResolver } from './provision-record-agencies.resolver.js';
import { MunicipalityEntity } from './municipality.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity, AgencyEntity]), AuditModule],
  providers: [AgenciesService, AgenciesResolver, ProvisionRecordAgenciesResolver],
  exports: [AgenciesService],
})
export class AgenciesModule {}
