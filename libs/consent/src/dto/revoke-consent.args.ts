import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Trim } from '@renkei/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@ArgsType()
export class RevokeConsentArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;

  @Field({ description: 'Why (the person withdrew it, it was recorded in error …).' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
