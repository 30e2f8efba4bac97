import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdField, LocalDateScalar, TextField, Trim } from '@renkei/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CommunityActivityKind } from '../community-activity-kind.js';

export const MAX_BODIES = 30;
export const MAX_LINKED_RESOURCES = 20;

/** Each text of a list trimmed and NFC-normalised, as {@link Trim} does for one. */
const TrimEach = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim().normalize('NFC') : item)) : value));

@InputType({ description: 'A whole community-building activity: what recordCommunityActivity records and updateCommunityActivity replaces.' })
export class CommunityActivityInput {
  @Field(() => LocalDateScalar, { description: 'Not in the future (Japan time).' })
  @IsString()
  heldOn!: string;

  @TextField(200, '1 to 200 characters.')
  place!: string;

  @Field(() => CommunityActivityKind)
  @IsEnum(CommunityActivityKind)
  kind!: CommunityActivityKind;

  @Field(() => Int, { description: '0 to 100000.' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  participantCount!: number;

  @Field(() => [String], { description: `Participating bodies (団体): each 1 to 100 characters, at most ${MAX_BODIES}, distinct.` })
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(MAX_BODIES)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  bodies!: string[];

  @Field(() => [ID], { description: `Resources of the municipality’s directory, at most ${MAX_LINKED_RESOURCES}.` })
  @IsArray()
  @ArrayMaxSize(MAX_LINKED_RESOURCES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  resourceIds!: string[];

  @Field({ description: 'Up to 2000 characters; may be empty.' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  note!: string;
}

@ArgsType()
export class UpdateCommunityActivityArgs {
  @IdField()
  id!: string;

  @Field(() => CommunityActivityInput)
  @ValidateNested()
  @Type(() => CommunityActivityInput)
  input!: CommunityActivityInput;

  @Field(() => Int, { description: 'The version the caller read; CONFLICT when the activity has changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class CommunityActivitiesArgs {
  @Field(() => LocalDateScalar, { description: 'The first day, inclusive.' })
  @IsString()
  from!: string;

  @Field(() => LocalDateScalar, { description: 'The last day, inclusive; not before from, at most 2 years after it.' })
  @IsString()
  to!: string;

  @Field(() => CommunityActivityKind, { nullable: true, description: 'Only activities of this kind.' })
  @IsOptional()
  @IsEnum(CommunityActivityKind)
  kind?: CommunityActivityKind | null;
}

@ArgsType()
export class CommunityActivityIdArgs {
  @IdField()
  id!: string;
}
