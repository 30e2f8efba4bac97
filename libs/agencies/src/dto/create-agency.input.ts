import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@renkei/graphql';
import { Sector } from '@renkei/kernel';
import { IsEnum, IsString, Length } from 'class-validator';

@InputType()
export class CreateAgencyInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector!: Sector;
}
