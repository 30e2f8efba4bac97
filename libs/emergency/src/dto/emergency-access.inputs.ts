import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IdField, OptionalIdField, TextField, Trim } from '@renkei/graphql';
import { DataCategory } from '@renkei/kernel';
import { ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { EmergencyLegalGround, EmergencyReviewVerdict } from '../emergency-enums.js';
import { MIN_REASON_LENGTH } from '../emergency-period.js';

@InputType()
export class DeclareEmergencyAccessInput {
  @IdField()
  caseId!: string;

  @Field(() => [DataCategory], { description: 'The categories to open; the others stay as they are.' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  categories!: DataCategory[];

  @Field(() => EmergencyLegalGround)
  @IsEnum(EmergencyLegalGround)
  legalGround!: EmergencyLegalGround;

  @Field({ description: `Why consent cannot be obtained in time: at least ${MIN_REASON_LENGTH} characters (a sentence).` })
  @Trim()
  @IsString()
  @Length(MIN_REASON_LENGTH, 2000)
  reason!: string;

  @Field({ description: 'The declarer’s password again: a stolen session cannot declare.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@ArgsType()
export class ReviewEmergencyAccessArgs {
  @IdField()
  id!: string;

  @Field(() => EmergencyReviewVerdict)
  @IsEnum(EmergencyReviewVerdict)
  verdict!: EmergencyReviewVerdict;

  @TextField(2000, 'What the review found.')
  note!: string;
}

@ArgsType()
export class EmergencyAccessesArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: reviewed only; false: the unreviewed queue.' })
  @IsOptional()
  @IsBoolean()
  reviewed?: boolean | null;

  @OptionalIdField()
  caseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only those in force now; false: only those over.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

export const ID_ARG = { type: () => ID } as const;
