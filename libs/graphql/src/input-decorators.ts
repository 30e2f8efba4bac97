import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { isKanaReading } from '@renkei/kernel';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxDate, MaxLength, Min, MinDate, ValidateBy } from 'class-validator';
import { MAX_PAGE_SIZE } from './pagination.js';

/**
 * Trims surrounding white space and normalises to NFC before validation, so that "  桜 "
 * and a decomposed kana spelling are stored (and compared) as what the person typed.
 */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().normalize('NFC') : value));

/** A required piece of text: trimmed and normalised ({@link Trim}), then 1 to `maxLength` characters. */
export const TextField = (maxLength: number, description?: string): PropertyDecorator =>
  applyDecorators(Field(() => String, description ? { description } : {}), Trim(), IsString(), Length(1, maxLength));

/** `first` and `after` of a cursor connection, validated. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items: 1 to ${MAX_PAGE_SIZE} (more is BAD_USER_INPUT).` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page; the first page when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

/** An opaque id argument or input field: a string of bounded length (an unknown one is NOT_FOUND later, not a cast error). */
export const IdField = (): PropertyDecorator => applyDecorators(Field(() => ID), IsString(), MaxLength(64));

/** An optional id that must be a UUID when given (filters, optional references). */
export const OptionalIdField = (description?: string): PropertyDecorator =>
  applyDecorators(Field(() => ID, { nullable: true, ...(description ? { description } : {}) }), IsOptional(), IsUUID());

const EARLIEST = new Date('1900-01-01T00:00:00Z');
const LATEST = new Date('2200-01-01T00:00:00Z');

/** A date and time within what the platform stores and means (1900–2200), so none reaches PostgreSQL out of range. */
export const IsDateInRange = (): PropertyDecorator =>
  applyDecorators(IsDate(), MinDate(EARLIEST, { message: '$property must not be before 1900' }), MaxDate(LATEST, { message: '$property must not be after 2200' }));

/** A reading in kana (フリガナ / ふりがな): any width, katakana or hiragana, spaces allowed. */
export const IsKanaReading = (): PropertyDecorator =>
  ValidateBy({ name: 'kanaReading', validator: { validate: (value: unknown) => typeof value === 'string' && isKanaReading(value), defaultMessage: () => '$property must be written in kana' } });
