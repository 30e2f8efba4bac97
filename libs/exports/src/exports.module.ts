import { Module } from '@nestjs/common';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { ParticipationModule } from '@renkei/participation';
import { ResourcesModule } from '@renkei/resources';
import { TasksModule } from '@renkei/tasks';
import { ExportsResolver } from './exports.resolver.js';
import { ExportsService } from './exports.service.js';

/** Lists saved as CSV or Excel files, each read through the list's own service. */
@Module({
  imports: [AgenciesModule, AuditModule, CasesModule, TasksModule, ParticipationModule, ResourcesModule],
  providers: [ExportsService, ExportsResolver],
})
export class ExportsModule {}
