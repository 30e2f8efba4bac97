import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';

@ArgsType()
export class RevokeConsentArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;

  @Field({ description: 'Why (the person withdrew it, it was recorded in error …).' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
