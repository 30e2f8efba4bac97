import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { AppConfig } from '@renkei/config';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { ConnectionRegistry } from './connection-registry.js';
import { GraphQLContextFactory } from './graphql-context.js';
import { IdentityProvisioning } from './identity-provisioning.js';
import { PasswordHasher } from './password-hasher.js';
import { ProvisionRecordUserResolver } from './provision-record-user.resolver.js';
import { sessionTokenOptions } from './session-keys.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { UserEntity } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    AgenciesModule,
    AuditModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => sessionTokenOptions(config.jwt),
    }),
  ],
  providers: [AuthService, UsersService, PasswordHasher, SignInThrottle, ConnectionRegistry, GraphQLContextFactory, IdentityProvisioning, AuthResolver, UsersResolver, ProvisionRecordUserResolver],
  exports: [AuthService, UsersService, ConnectionRegistry, GraphQLContextFactory, IdentityProvisioning],
})
export class IdentityModule {}
