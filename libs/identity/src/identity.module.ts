import { createSecretKey } from 'node:crypto';
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
      // A key object made once: given a string, jsonwebtoken first tries (and fails) to
      // parse it as a public key on every verification, which costs an exception a request.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwt.secret)), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
    }),
  ],
  providers: [AuthService, UsersService, PasswordHasher, SignInThrottle, ConnectionRegistry, GraphQLContextFactory, IdentityProvisioning, AuthResolver, UsersResolver, ProvisionRecordUserResolver],
  exports: [AuthService, UsersService, ConnectionRegistry, GraphQLContextFactory, IdentityProvisioning],
})
export class IdentityModule {}
