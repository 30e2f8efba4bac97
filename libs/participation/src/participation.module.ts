import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { IdentityModule } from '@renkei/identity';
import { ResourcesModule } from '@renkei/resources';
import { TasksModule } from '@renkei/tasks';
import { HostSupportNoteEntity } from './host-support-note.entity.js';
import { HostNeedingSupportResolver, HostSupportResolver, ResourceParticipationResolver } from './host-support.resolver.js';
import { HostSupportService } from './host-support.service.js';
import { ReferralEntity, ReferralStepEntity } from './referral.entity.js';
import { ReferralFollowUps } from './referral-follow-ups.js';
import { ReferralReads } from './referral-reads.js';
import { CaseReferralsResolver, ReferralsResolver } from './referrals.resolver.js';
import { ReferralsService } from './referrals.service.js';

/**
 * 参加支援: referrals of a person to local resources (参加支援のつなぎ), followed up with the
 * person and with the host, and the support given to host sites (受入先への支援).
 */
@Module({
  imports: [TypeOrmModule.forFeature([HostSupportNoteEntity, ReferralEntity, ReferralStepEntity]), AgenciesModule, AuditModule, CasesModule, IdentityModule, TasksModule, ResourcesModule],
  providers: [HostSupportService, HostSupportResolver, HostNeedingSupportResolver, ResourceParticipationResolver, ReferralsService, ReferralReads, ReferralFollowUps, ReferralsResolver, CaseReferralsResolver],
  exports: [ReferralsService],
})
export class ParticipationModule {}
