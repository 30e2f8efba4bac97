import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor } from '@renkei/access';
import { CreateUserInput } from './dto/create-user.input.js';
import { UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return UserModel.from(await this.service.get(actor, actor.userId));
  }

  @Query(() => [UserModel], { description: 'ADMIN: the users of the caller’s municipality.' })
  @CheckPolicies((ability) => ability.can('manage', 'User'))
  async users(@CurrentActor() actor: Actor): Promise<UserModel[]> {
    return (await this.service.list(actor)).map((user) => UserModel.from(user));
  }

  @Mutation(() => UserModel, { description: 'ADMIN: adds a user to an agency of the caller’s municipality.' })
  @CheckPolicies((ability) => ability.can('create', 'User'))
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return UserModel.from(await this.service.create(actor, input));
  }

  @Mutation(() => UserModel, { description: 'ADMIN: ends the user’s access at once, including open subscriptions.' })
  @CheckPolicies((ability) => ability.can('deactivate', 'User'))
  async deactivateUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return UserModel.from(await this.service.deactivate(actor, id));
  }

  @Mutation(() => UserModel, {
    description: 'ADMIN: clears the delays that failed sign-ins put on the user’s account (from every address) at once. Audited.',
  })
  @CheckPolicies((ability) => ability.can('update', 'User'))
  async unlockSignIn(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return UserModel.from(await this.service.unlockSignIn(actor, id));
  }
}
