import { ArgsType, Field, ID } from '@nestjs/graphql';
import { LocalDateScalar } from '@renkei/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

@ArgsType()
export class ProvisionRecordPdfArgs {
  @Field(() => ID, { description: 'The case whose person the records are about.' })
  @IsString()
  caseId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day (JST) of the period; open when absent.' })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day (JST) of the period, included; open when absent.' })
  @IsOptional()
  @IsString()
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Dates in 和暦 (令和) rather than the Gregorian year.' })
  @IsOptional()
  @IsBoolean()
  era?: boolean | null;
}
