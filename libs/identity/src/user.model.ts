import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '@renkei/agencies';
import { Role } from '@renkei/kernel';
import type { UserEntity } from './user.entity.js';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => AgencyModel)
  agency!: AgencyModel;

  @Field(() => [Role])
  roles!: Role[];

  @Field({ description: 'False once deactivated: the user can no longer sign in or use a token.' })
  active!: boolean;

  @Field(() => Date, { nullable: true })
  deactivatedAt!: Date | null;

  @Field()
  createdAt!: Date;

  /** The API view of a user; the entity must have been loaded with its agency. */
  static from(entity: UserEntity): UserModel {
    if (!entity.agency) throw new Error('UserModel.from needs the user loaded with its agency');
    const { id, email, displayName, agency, roles, active, deactivatedAt, createdAt } = entity;
    return Object.assign(new UserModel(), { id, email, displayName, agency, roles, active, deactivatedAt, createdAt });
  }
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`, or as `authToken` in graphql-ws connectionParams.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
