import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IdField, IsKanaReading, PageArgs, TextField, Trim } from '@renkei/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { DayOfWeek, ParticipationForm, ResourceTarget } from '../resource-enums.js';

/** "HH:MM", 00:00 to 23:59 (Japan time). */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A closing time may be 24:00 (open until midnight). */
const CLOSING_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const MAX_SCHEDULES = 21;
export const MAX_DESCRIPTION = 4000;

/** Blank means none: a contact left empty is stored as null. */
const blankToNull = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value));

const OptionalText = (maxLength: number, description?: string): PropertyDecorator =>
  applyDecorators(Field(() => String, { nullable: true, ...(description ? { description } : {}) }), blankToNull(), Trim(), IsOptional(), IsString(), MaxLength(maxLength));

/** Closes after it opens (a schedule across midnight is two entries). */
const ClosesAfterOpening = (): PropertyDecorator =>
  ValidateBy({
    name: 'closesAfterOpening',
    validator: {
      validate: (value: unknown, args) => typeof value === 'string' && typeof (args?.object as { opensAt?: unknown }).opensAt === 'string' && value > String((args?.object as { opensAt: string }).opensAt),
      defaultMessage: () => '$property must be later than opensAt',
    },
  });

@InputType({ description: 'A weekly opening, "HH:MM" in Japan time.' })
export class ResourceScheduleInput {
  @Field(() => DayOfWeek)
  @IsEnum(DayOfWeek)
  dayOfWeek!: DayOfWeek;

  @Field({ description: '"HH:MM", 00:00–23:59.' })
  @IsString()
  @Matches(TIME, { message: '$property must be a time HH:MM' })
  opensAt!: string;

  @Field({ description: '"HH:MM", after opensAt (24:00 allowed).' })
  @IsString()
  @Matches(CLOSING_TIME, { message: '$property must be a time HH:MM' })
  @ClosesAfterOpening()
  closesAt!: string;

  @OptionalText(200, 'e.g. 第2・第4週のみ.')
  note?: string | null;
}

@InputType({ description: 'A whole resource: what createResource creates and updateResource replaces.' })
export class ResourceInput {
  @TextField(200, 'HSDS service.name.')
  name!: string;

  @Field({ description: 'ふりがな, katakana or hiragana (any width).' })
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsKanaReading()
  nameKana!: string;

  @TextField(200, 'HSDS organization.name (運営団体).')
  organizationName!: string;

  @TextField(MAX_DESCRIPTION, 'HSDS service.description.')
  description!: string;

  @Field(() => [ResourceTarget])
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEnum(ResourceTarget, { each: true })
  targets!: ResourceTarget[];

  @Field(() => [ParticipationForm])
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEnum(ParticipationForm, { each: true })
  forms!: ParticipationForm[];

  @TextField(50, 'The 地区 (HSDS service_area), e.g. 中央地区.')
  area!: string;

  @TextField(300, 'One line.')
  address!: string;

  @Field(() => Float, { nullable: true, description: '-90 to 90.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: '-180 to 180.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @Field(() => [ResourceScheduleInput], { description: `Up to ${MAX_SCHEDULES} weekly openings.` })
  @ArrayMaxSize(MAX_SCHEDULES)
  @ValidateNested({ each: true })
  @Type(() => ResourceScheduleInput)
  schedules!: ResourceScheduleInput[];

  @Field(() => String, { nullable: true, description: 'Digits, spaces, hyphens, parentheses and +.' })
  @blankToNull()
  @Trim()
  @IsOptional()
  @IsString()
  @Matches(/^[0-9０-９+＋()（）\-－‐ ]{3,30}$/u, { message: '$property must be a telephone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @blankToNull()
  @Trim()
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: '$property must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) only.' })
  @blankToNull()
  @Trim()
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: '$property must be an http(s) URL' })
  url?: string | null;

  @TextField(200, 'HSDS service.fees, e.g. 無料, 1回300円.')
  cost!: string;

  @Field({ description: 'HSDS accessibility_for_disabilities; may be blank.' })
  @Trim()
  @IsString()
  @MaxLength(1000)
  accessibility!: string;

  @Field(() => [String], { description: 'ISO 639-1 codes, e.g. ja, en, vi.' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each of $property must be an ISO 639-1 code (two lower-case letters)' })
  languages!: string[];
}

@InputType({ description: 'What to find in the directory; every given condition must hold.' })
export class ResourceFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Name, kana or hiragana alike, organization, description (NFKC, katakana as hiragana, case and spaces ignored). Ranked: name/kana matches, then organization, then description. Up to 100 characters.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  text?: string | null;

  @Field(() => [ResourceTarget], { nullable: true, description: 'Any of these targets.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(ResourceTarget, { each: true })
  targets?: ResourceTarget[] | null;

  @Field(() => [ParticipationForm], { nullable: true, description: 'Any of these forms.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(ParticipationForm, { each: true })
  forms?: ParticipationForm[] | null;

  @Field(() => String, { nullable: true, description: 'The 地区, exactly.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  area?: string | null;

  @Field(() => DayOfWeek, { nullable: true, description: 'Open on this day.' })
  @IsOptional()
  @IsEnum(DayOfWeek)
  dayOfWeek?: DayOfWeek | null;

  @Field(() => String, { nullable: true, description: '"HH:MM": open at that time (on dayOfWeek when given, else on any day).' })
  @IsOptional()
  @IsString()
  @Matches(TIME, { message: '$property must be a time HH:MM' })
  at?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include suspended (休止) resources; they are left out by default.' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean | null;
}

@ArgsType()
export class ResourcesArgs extends PageArgs {
  @Field(() => ResourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResourceFilter)
  filter?: ResourceFilter | null;
}

@ArgsType()
export class UpdateResourceArgs {
  @IdField()
  id!: string;

  @Field(() => ResourceInput)
  @ValidateNested()
  @Type(() => ResourceInput)
  input!: ResourceInput;

  @Field(() => Int, { description: 'The version the caller read; CONFLICT when the resource has changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class SetResourceActiveArgs {
  @IdField()
  id!: string;

  @Field({ description: 'false: suspend (休止); true: resume (再開).' })
  @IsBoolean()
  active!: boolean;
}

export const ID_ARG = { type: () => ID } as const;
