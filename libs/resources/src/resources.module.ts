import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@renkei/audit';
import { ResourceCsv } from './csv/resource-csv.service.js';
import { ResourcesCsvResolver } from './csv/resources-csv.resolver.js';
import { ResourceEntity } from './resource.entity.js';
import { ResourcesResolver } from './resources.resolver.js';
import { ResourcesService } from './resources.service.js';

/** The directory of local resources (社会資源) for participation support (参加支援) and 地域づくり. */
@Module({
  imports: [TypeOrmModule.forFeature([ResourceEntity]), AuditModule],
  providers: [ResourcesService, ResourcesResolver, ResourceCsv, ResourcesCsvResolver],
  exports: [ResourcesService],
})
export class ResourcesModule {}
