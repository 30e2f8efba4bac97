import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, PersonalDataFile, ThroughTheDoor, type Actor } from '@renkei/access';
import { Expensive } from '@renkei/graphql';
import { DocumentsService } from './documents.service.js';
import { ProvisionRecordPdfArgs } from './dto/provision-record-pdf.args.js';

const ERA = { type: () => Boolean, nullable: true, description: 'Dates in 和暦 (令和) rather than the Gregorian year.' } as const;

/**
 * The office documents as PDF (A4, Japanese font embedded, JST dates): each answers as its
 * screen's read does, because it reads through that read's service (the one door, its audit
 * and its provisions).
 */
@Resolver()
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @ThroughTheDoor('Query.conferenceRecordPdf')
  @Expensive()
  @Query(() => PersonalDataFile, { description: 'The 会議録 as a PDF: for those who may read the conference record (conferenceRecord), audited as it is.' })
  conferenceRecordPdf(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('era', ERA) era?: boolean | null): Promise<PersonalDataFile> {
    return this.documents.conferenceRecord(actor, id, era ?? false);
  }

  @ThroughTheDoor('Query.planPdf')
  @Expensive()
  @Query(() => PersonalDataFile, { description: 'A version of a support plan as a PDF (プランシート): for those who may read the case; texts as they may see them.' })
  planPdf(@CurrentActor() actor: Actor, @Args('planId', { type: () => ID }) planId: string, @Args('era', ERA) era?: boolean | null): Promise<PersonalDataFile> {
    return this.documents.plan(actor, planId, era ?? false);
  }

  @ThroughTheDoor('Query.personDisclosurePdf')
  @Expensive()
  @CheckPolicies((ability) => ability.can('disclose', 'Case'))
  @Query(() => PersonalDataFile, { description: 'ADMIN, AUDITOR: the person’s own record (本人開示) as a PDF, audited as case.disclosed like personDisclosure.' })
  personDisclosurePdf(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string, @Args('era', ERA) era?: boolean | null): Promise<PersonalDataFile> {
    return this.documents.personDisclosure(actor, caseId, era ?? false);
  }

  @ThroughTheDoor('Query.provisionRecordPdf')
  @Expensive()
  @CheckPolicies((ability) => ability.can('read', 'AuditTrail'))
  @Query(() => PersonalDataFile, { description: 'AUDITOR, ADMIN: the case’s provision records (提供記録) as a PDF, within the period from–to (JST days, inclusive) when given.' })
  provisionRecordPdf(@CurrentActor() actor: Actor, @Args() { caseId, from, to, era }: ProvisionRecordPdfArgs): Promise<PersonalDataFile> {
    return this.documents.provisionRecordsOf(actor, caseId, { from: from ?? null, to: to ?? null }, era ?? false);
  }
}
