import { HoldsPersonalData } from '@renkei/access';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '@renkei/agencies';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';

@ObjectType('SummarySection')
@HoldsPersonalData()
export class SummarySectionModel {
  @Field(() => DataCategory)
  category!: DataCategory;

  @Field(() => String, { nullable: true, description: 'Null when redacted.' })
  body!: string | null;

  @Field({ description: 'True when the caller may not see this section: it exists, its content is withheld.' })
  redacted!: boolean;

  @Field(() => VisibilityBasis, { nullable: true, description: 'Why the section is visible; null when redacted.' })
  basis!: VisibilityBasis | null;
}

@ObjectType('CaseSummary', { description: 'One agency’s summary of the case, in sections by data category.' })
@HoldsPersonalData()
export class CaseSummaryModel {
  @Field(() => AgencyModel)
  agency!: AgencyModel;

  @Field(() => Int)
  version!: number;

  @Field()
  updatedAt!: Date;

  @Field(() => [SummarySectionModel])
  sections!: SummarySectionModel[];
}

@ObjectType('SummaryVersionSection', { description: 'A section as the caller’s own agency wrote it in an earlier version.' })
@HoldsPersonalData()
export class SummaryVersionSectionModel {
  @Field(() => DataCategory)
  category!: DataCategory;

  @Field()
  body!: string;
}

@ObjectType('CaseSummaryVersion', { description: 'One version of the caller’s own agency’s summary of the case, kept whole.' })
@HoldsPersonalData()
export class CaseSummaryVersionModel {
  @Field(() => Int)
  version!: number;

  @Field()
  writtenAt!: Date;

  @Field(() => [SummaryVersionSectionModel])
  sections!: SummaryVersionSectionModel[];
}
