import { ArgsType, Field } from '@nestjs/graphql';
import { IdField, Trim } from '@renkei/graphql';
import { IsString, Length } from 'class-validator';

@ArgsType()
export class RevokeConsentArgs {
  @IdField()
  id!: string;

  @Field({ description: 'Why (the person withdrew it, it was recorded in error …).' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
