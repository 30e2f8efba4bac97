import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdField, IsDateInRange, TextField } from '@renkei/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import { ActionReviewOutcome, ConferenceKind } from '../conference.entity.js';

@InputType()
export class ScheduleConferenceInput {
  @Field(() => ConferenceKind)
  @IsEnum(ConferenceKind)
  kind!: ConferenceKind;

  @TextField(200)
  title!: string;

  @Field()
  @IsDateInRange()
  scheduledAt!: Date;

  @Field(() => [ID], { description: 'The agencies convened (構成員).' })
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  agencyIds!: string[];

  @Field(() => [ID], { description: 'The cases on the agenda.' })
  @ArrayUnique()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  caseIds!: string[];
}

@ArgsType()
export class ConferenceCasesArgs {
  @IdField()
  conferenceId!: string;

  @Field(() => [ID])
  @ArrayUnique()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  caseIds!: string[];
}

@ArgsType()
export class ConferenceAgenciesArgs {
  @IdField()
  conferenceId!: string;

  @Field(() => [ID])
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  agencyIds!: string[];
}

@ArgsType()
export class AddMinutesArgs {
  @IdField()
  conferenceId!: string;

  @IdField()
  caseId!: string;

  @TextField(20_000, 'Appended to the minutes of this agenda case as a new paragraph.')
  text!: string;

  @Field(() => Int, { description: 'The minutes version the writer saw (0 for none yet); a stale one is a CONFLICT.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

@ArgsType()
export class RecordDecisionArgs {
  @IdField()
  conferenceId!: string;

  @IdField()
  caseId!: string;

  @TextField(5000)
  text!: string;
}

@ArgsType()
export class ReviewActionItemArgs {
  @IdField()
  conferenceId!: string;

  @IdField()
  taskId!: string;

  @Field(() => ActionReviewOutcome)
  @IsEnum(ActionReviewOutcome)
  outcome!: ActionReviewOutcome;

  @TextField(5000)
  reason!: string;
}

@ArgsType()
export class CancelConferenceArgs {
  @IdField()
  id!: string;

  @TextField(2000)
  reason!: string;
}

@ArgsType()
export class ConferencesArgs {
  @Field()
  @IsDateInRange()
  from!: Date;

  @Field()
  @IsDateInRange()
  to!: Date;
}
