import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmergencyFacts } from '@renkei/access';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { IdentityModule } from '@renkei/identity';
import { TasksModule } from '@renkei/tasks';
import { EmergencyAccessEntity, EmergencyAccessEventEntity } from './emergency-access.entity.js';
import { EmergencyAccessResolver, EmergencyAccessReviewResolver, UserEmergencyResolver } from './emergency-access.resolver.js';
import { EmergencyAccessService } from './emergency-access.service.js';
import { EmergencyDeclarationsSql } from './emergency-declarations.sql.js';
import { EmergencyEvents } from './emergency-events.js';

/**
 * What the access layer needs of emergency declarations, through its port; global so that
 * it depends on nothing of this context.
 */
@Global()
@Module({
  providers: [{ provide: EmergencyFacts, useClass: EmergencyDeclarationsSql }],
  exports: [EmergencyFacts],
})
export class EmergencyPortsModule {}

/**
 * Emergency access (緊急時の閲覧, APPI art. 27(1)(ii) / 69(2)): a declared, time-limited basis
 * for one case's named categories, announced live and reviewed afterwards by the
 * personal-information officer.
 */
@Module({
  imports: [TypeOrmModule.forFeature([EmergencyAccessEntity, EmergencyAccessEventEntity]), EmergencyPortsModule, AgenciesModule, AuditModule, CasesModule, IdentityModule, TasksModule],
  providers: [EmergencyAccessService, EmergencyEvents, EmergencyAccessResolver, EmergencyAccessReviewResolver, UserEmergencyResolver],
})
export class EmergencyModule {}
