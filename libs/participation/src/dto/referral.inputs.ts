import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IdField, IsDateInRange, OptionalIdField, Trim } from '@renkei/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { ReferralEndReason, ReferralStatus } from '../referral-enums.js';

export const MAX_REFERRAL_NOTE = 2000;
export const MAX_SHARED_WITH_HOST = 1000;

@InputType()
export class ReferToResourceInput {
  @IdField()
  caseId!: string;

  @IdField()
  resourceId!: string;

  @Field({ description: `At most ${MAX_REFERRAL_NOTE} characters; may be empty.` })
  @Trim()
  @IsString()
  @MaxLength(MAX_REFERRAL_NOTE)
  note!: string;

  @Field(() => String, { nullable: true, description: `What the person agreed the host may know (at most ${MAX_SHARED_WITH_HOST} characters).` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_SHARED_WITH_HOST)
  sharedWithHost?: string | null;

  @Field(() => Date, { nullable: true, description: 'The follow-up with the person; in the future.' })
  @IsOptional()
  @IsDateInRange()
  followUpAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The follow-up with the host; in the future.' })
  @IsOptional()
  @IsDateInRange()
  hostFollowUpAt?: Date | null;

  @OptionalIdField('A role (役割分担) of a plan of the same case.')
  planRoleId?: string | null;
}

@ArgsType()
export class UpdateReferralArgs {
  @IdField()
  id!: string;

  @Field(() => ReferralStatus)
  @IsEnum(ReferralStatus)
  status!: ReferralStatus;

  @Field(() => String, { nullable: true, description: `The step’s note (at most ${MAX_REFERRAL_NOTE} characters).` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_REFERRAL_NOTE)
  note?: string | null;

  @Field(() => Int, { description: 'The referral’s version as last read.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => ReferralEndReason, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralEndReason)
  endReason?: ReferralEndReason | null;

  @Field(() => Date, { nullable: true, description: 'A new date replaces the open person follow-up task (the old one COMPLETED).' })
  @IsOptional()
  @IsDateInRange()
  followUpAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Same for the host follow-up.' })
  @IsOptional()
  @IsDateInRange()
  hostFollowUpAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only while PROPOSED or AGREED (before the introduction).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_SHARED_WITH_HOST)
  sharedWithHost?: string | null;
}
