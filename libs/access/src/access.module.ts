import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessPolicy } from './access-policy.js';
import { PoliciesGuard } from './policies.guard.js';

@Global()
@Module({
  providers: [AccessPolicy, { provide: APP_GUARD, useClass: PoliciesGuard }],
  exports: [AccessPolicy],
})
export class AccessModule {}
