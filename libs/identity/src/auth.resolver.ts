import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '@renkei/access';
import { currentRequest } from '@renkei/observability';
import { AuthService } from './auth.service.js';
import { ClientAddress } from './graphql-context.js';
import { LoginArgs } from './dto/login.args.js';
import { AuthPayloadModel, UserModel } from './user.model.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Exchanges credentials for a signed, expiring token.' })
  async login(@Args() { email, password }: LoginArgs, @ClientAddress() address: string | null): Promise<AuthPayloadModel> {
    const { token, expiresAt, user } = await this.auth.login(email, password, address);
    // A sign-in carries no token yet: its log line names the user it signed in.
    currentRequest()?.identify({ userId: user.id, agencyId: user.agencyId });
    return { token, expiresAt, user: UserModel.from(user) };
  }
}
