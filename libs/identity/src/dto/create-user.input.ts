import { Field, InputType } from '@nestjs/graphql';
import { IdField, TextField } from '@renkei/graphql';
import { Role } from '@renkei/kernel';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsEnum, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @TextField(100)
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @Length(12, 256, { message: 'must be 12 to 256 characters long' })
  password!: string;

  @IdField()
  agencyId!: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles!: Role[];
}
