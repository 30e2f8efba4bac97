import { Field, InputType } from '@nestjs/graphql';
import { TextField } from '@renkei/graphql';
import { ConsentMethod, DataCategory } from '@renkei/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
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

@InputType({ description: 'Whether the person agreed to be connected to the coordinating body (つなぐことへの同意), and how.' })
export class ConsentToConnectInput {
  @Field()
  @IsBoolean()
  given!: boolean;

  @Field(() => ConsentMethod, { nullable: true, description: 'How the person agreed; required when given.' })
  @ValidateIf((input: ConsentToConnectInput) => input.given)
  @IsEnum(ConsentMethod)
  method?: ConsentMethod | null;
}

@InputType({ description: 'An intake at any counter (断らない相談支援): the municipal form in its two variants, 本人同意あり and 本人同意なし.' })
export class RegisterIntakeInput extends CaseIntakeFields {
  @TextField(5000, 'What the person told the counter (受付メモ).')
  note!: string;

  @Field(() => ConsentToConnectInput)
  @ValidateNested()
  @Type(() => ConsentToConnectInput)
  consentToConnect!: ConsentToConnectInput;
}
