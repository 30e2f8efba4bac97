import { Field, InputType } from '@nestjs/graphql';
import { IsKanaReading, LocalDateScalar, TextField } from '@renkei/graphql';
import { IsString, Validate, type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

@ValidatorConstraint({ name: 'pastDate' })
class PastCalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= '1900-01-01' && date.getTime() <= Date.now();
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a real date (YYYY-MM-DD) between 1900-01-01 and today`;
  }
}

@InputType({ description: 'The person a case is about.' })
export class CaseSubjectInput {
  @TextField(100)
  fullName!: string;

  @TextField(100, 'Reading in kana (フリガナ / ふりがな).')
  @IsKanaReading()
  fullNameKana!: string;

  @Field(() => LocalDateScalar, { description: 'The date of birth (YYYY-MM-DD), between 1900-01-01 and today.' })
  @IsString()
  @Validate(PastCalendarDate)
  birthDate!: string;

  @TextField(300)
  address!: string;
}
