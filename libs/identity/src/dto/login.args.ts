import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  // Not checked as an email here: a malformed one simply fails to sign in, like a wrong one.
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password!: string;
}
