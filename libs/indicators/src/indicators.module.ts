import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { CommunityModule } from '@renkei/community';
import { ConferencesModule } from '@renkei/conferences';
import { ParticipationModule } from '@renkei/participation';
import { TasksModule } from '@renkei/tasks';
import { IndicatorRecords } from './indicator-records.js';
import { IndicatorReportsService } from './indicator-reports.service.js';
import { IndicatorSettingsEntity } from './indicator-settings.entity.js';
import { IndicatorSettingsService } from './indicator-settings.service.js';
import { IndicatorTargetEntity } from './indicator-target.entity.js';
import { IndicatorsResolver } from './indicators.resolver.js';
import { IndicatorsService } from './indicators.service.js';

/** 指標: the municipality's figures computed from every context's records, their targets, and what it reports. */
@Module({
  imports: [TypeOrmModule.forFeature([IndicatorTargetEntity, IndicatorSettingsEntity]), AgenciesModule, AuditModule, CasesModule, TasksModule, ConferencesModule, ParticipationModule, CommunityModule],
  providers: [IndicatorsService, IndicatorSettingsService, IndicatorReportsService, IndicatorRecords, IndicatorsResolver],
})
export class IndicatorsModule {}
