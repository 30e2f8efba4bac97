import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { IdentityModule } from '@renkei/identity';
import { DisclosureWithholdingEntity } from './disclosure-withholding.entity.js';
import { DisclosureResolver, DisclosureWithholdingResolver, ProvisionRecordWithholdingResolver } from './disclosure.resolver.js';
import { DisclosureService } from './disclosure.service.js';
import { Withholdings } from './withholdings.js';

/**
 * 本人開示 (APPI art. 33 / 76–78): the document that answers a person's request for what the
 * platform holds about them and who received it, with entries withheld on a stated ground.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DisclosureWithholdingEntity]), AgenciesModule, AuditModule, IdentityModule],
  providers: [DisclosureService, Withholdings, DisclosureResolver, ProvisionRecordWithholdingResolver, DisclosureWithholdingResolver],
  // The 本人開示 as a document (PDF) is read through the same service.
  exports: [DisclosureService],
})
export class DisclosureModule {}
