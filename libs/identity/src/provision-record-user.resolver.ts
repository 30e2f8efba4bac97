import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProvisionRecordModel } from '@renkei/audit';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

/** The person who received the data, batched over the whole list. */
@Resolver(() => ProvisionRecordModel)
export class ProvisionRecordUserResolver {
  constructor(private readonly service: UsersService) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'The user who received it (null for a provision to an agency as a whole).' })
  async recipientUser(@Parent() record: ProvisionRecordModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    if (!record.recipientUserId) return null;
    const user = await loaders.get('user', (ids) => this.service.byIds(ids)).load(record.recipientUserId);
    return user ? UserModel.from(user) : null;
  }
}
