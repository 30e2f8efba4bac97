import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IdField, IsDateInRange, TextField, Trim } from '@renkei/graphql';
import { DataCategory } from '@renkei/kernel';
import { ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, Length } from 'class-validator';

@InputType({ description: '出席の依頼: the chair asks an agency not yet in the meeting to attend it.' })
export class RequestAttendanceInput {
  @IdField()
  conferenceId!: string;

  @IdField()
  agencyId!: string;

  @TextField(2000, 'What the chair asks of the agency (1 to 2000 characters).')
  note!: string;
}

@InputType({ description: '情報提供の依頼: the chair asks an agency on the case team for information on an agenda case.' })
export class RequestInformationInput {
  @IdField()
  conferenceId!: string;

  @IdField()
  caseId!: string;

  @IdField()
  agencyId!: string;

  @Field(() => [DataCategory], { description: 'The sections of the agency’s data on the case asked for.' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  categories!: DataCategory[];

  @Field(() => Date, { nullable: true, description: 'By when the information is needed (shown in the agency’s task list).' })
  @IsOptional()
  @IsDateInRange()
  dueAt?: Date | null;

  @TextField(2000, 'What the chair asks of the agency (1 to 2000 characters).')
  note!: string;
}

@ArgsType()
export class AnswerConferenceRequestArgs {
  @IdField()
  id!: string;

  @Field()
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the agency declines: required to decline (1 to 2000 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason?: string | null;

  @Field(() => [DataCategory], {
    nullable: true,
    description: 'Accepting an INFORMATION request: the requested categories shared into the meeting (all requested when omitted).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  categories?: DataCategory[] | null;
}

@ArgsType()
export class MyConferenceRequestsArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: pending only (of conferences not cancelled); false: answered only; omitted: all.' })
  @IsOptional()
  @IsBoolean()
  pending?: boolean | null;
}
