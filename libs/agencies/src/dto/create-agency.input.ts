import { Field, InputType } from '@nestjs/graphql';
import { TextField } from '@renkei/graphql';
import { Sector } from '@renkei/kernel';
import { IsEnum } from 'class-validator';

@InputType()
export class CreateAgencyInput {
  @TextField(200)
  name!: string;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector!: Sector;
}
