import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AppAbility } from './ability.js';
import type { AccessContext, Actor } from './actor.js';

export type PolicyCheck = (ability: AppAbility) => boolean;

export const POLICIES_KEY = 'renkei:policies';
export const PUBLIC_KEY = 'renkei:public';

/** Role-level rules an operation needs before it runs (record-level checks happen in services). */
export const CheckPolicies = (...checks: PolicyCheck[]): MethodDecorator & ClassDecorator => SetMetadata(POLICIES_KEY, checks);

/** Marks an operation open to anonymous callers (only `login`). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export function accessContextOf(context: ExecutionContext): AccessContext {
  return GqlExecutionContext.create(context).getContext<AccessContext>();
}

/** The authenticated actor of the operation; the guard has already refused anonymous callers. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { actor } = accessContextOf(context);
  if (!actor) throw new Error('CurrentActor used on an operation without an authenticated actor');
  return actor;
});
