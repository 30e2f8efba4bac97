import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentFacts } from '@renkei/access';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule, IntakeConsents } from '@renkei/cases';
import { ConnectionConsents } from './connection-consents.js';
import { ConsentEntity, ConsentProvisionEntity } from './consent.entity.js';
import { ConsentProvisionsSql } from './consent-provisions.sql.js';
import { ConsentResolver } from './consent.resolver.js';
import { ConsentService } from './consent.service.js';

/**
 * What the access layer and the cases context need of consents, through their ports; global
 * so that neither depends on this context.
 */
@Global()
@Module({
  imports: [AuditModule],
  providers: [
    { provide: ConsentFacts, useClass: ConsentProvisionsSql },
    { provide: IntakeConsents, useClass: ConnectionConsents },
  ],
  exports: [ConsentFacts, IntakeConsents],
})
export class ConsentPortsModule {}

@Module({
  imports: [TypeOrmModule.forFeature([ConsentEntity, ConsentProvisionEntity]), AgenciesModule, AuditModule, CasesModule],
  providers: [ConsentService, ConsentResolver],
})
export class ConsentModule {}
