import { Field, InputType } from '@nestjs/graphql';
import { Sector } from '@renkei/kernel';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, Length } from 'class-validator';

@InputType()
export class CreateAgencyInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector!: Sector;
}
