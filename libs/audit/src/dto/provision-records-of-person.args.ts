import { ArgsType, Field } from '@nestjs/graphql';
import { IsKanaReading, LocalDateScalar, TextField } from '@renkei/graphql';
import { IsOptional, IsString } from 'class-validator';

@ArgsType()
export class ProvisionRecordsOfPersonArgs {
  @TextField(100, 'The person’s reading in kana, as on their cases (1 to 100 characters; width, katakana/hiragana and spaces ignored).')
  @IsKanaReading()
  fullNameKana!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The person’s date of birth; when given, only cases of a person born that day.' })
  @IsOptional()
  @IsString()
  birthDate?: string;
}
