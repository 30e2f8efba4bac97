import { Module } from '@nestjs/common';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { ConferencesModule } from '@renkei/conferences';
import { DisclosureModule } from '@renkei/disclosure';
import { DocumentsResolver } from './documents.resolver.js';
import { DocumentsService } from './documents.service.js';
import { PdfRenderer } from './pdf-renderer.js';

/** Office documents (会議録, 提供記録, プラン, 本人開示) as PDF, from one template. */
@Module({
  imports: [AgenciesModule, AuditModule, CasesModule, ConferencesModule, DisclosureModule],
  providers: [PdfRenderer, DocumentsService, DocumentsResolver],
})
export class DocumentsModule {}
