import { Field, InputType } from '@nestjs/graphql';
import { TextField } from '@renkei/graphql';
import { DataCategory } from '@renkei/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { CaseSubjectInput } from './case-subject.input.js';

@InputType({ isAbstract: true })
abstract class CaseIntakeFields {
  @Field(() => CaseSubjectInput)
  @ValidateNested()
  @Type(() => CaseSubjectInput)
  subject!: CaseSubjectInput;

  @Field(() => [DataCategory], { defaultValue: [], description: 'The areas the person needs support in.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(12)
  @IsEnum(DataCategory, { each: true })
  needs: DataCategory[] = [];
}

@InputType()
export class OpenCaseInput extends CaseIntakeFields {
  @TextField(200)
  title!: string;
}

@InputType()
export class RegisterIntakeInput extends CaseIntakeFields {
  @TextField(5000, 'What the person told the counter (受付メモ).')
  note!: string;
}
