import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@renkei/audit';
import { ResourcesModule } from '@renkei/resources';
import { CommunityActivitiesResolver } from './community-activities.resolver.js';
import { CommunityActivitiesService } from './community-activities.service.js';
import { CommunityActivityEntity } from './community-activity.entity.js';

/** 地域づくり: community-building activities, recorded as counts (sites, participants, bodies), never lists of residents. */
@Module({
  imports: [TypeOrmModule.forFeature([CommunityActivityEntity]), AuditModule, ResourcesModule],
  providers: [CommunityActivitiesService, CommunityActivitiesResolver],
  exports: [CommunityActivitiesService],
})
export class CommunityModule {}
