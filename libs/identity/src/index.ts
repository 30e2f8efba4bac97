import { actorOf, UserEntity } from './user.entity.js';

export { AuthService, type Session } from './auth.service.js';
export { ConnectionRegistry, FORBIDDEN_CLOSE_CODE } from './connection-registry.js';
export { GraphQLContextFactory, type WsContextSource } from './graphql-context.js';
export { IdentityModule } from './identity.module.js';
export { IdentityProvisioning, type BootstrapAdmin } from './identity-provisioning.js';
export { sessionTokenOptions, type SessionKeyRing } from './session-keys.js';
export { UserModel } from './user.model.js';
export { UsersService, type NewUser } from './users.service.js';
export { actorOf, UserEntity };

/** The tables this context owns, for the application's DataSource. */
export const IDENTITY_ENTITIES = [UserEntity];
