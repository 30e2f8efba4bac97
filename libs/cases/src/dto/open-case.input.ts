import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@renkei/graphql';
import { DataCategory } from '@renkei/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
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
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200)
  title!: string;
}

@InputType()
export class RegisterIntakeInput extends CaseIntakeFields {
  @Field({ description: 'What the person told the counter (受付メモ).' })
  @Trim()
  @IsString()
  @Length(1, 5000)
  note!: string;
}
