import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@renkei/kernel';
import { AccessPolicy } from './access-policy.js';
import { accessContextOf, POLICIES_KEY, PUBLIC_KEY, type PolicyCheck } from './policies.js';

/**
 * The one gate every GraphQL operation passes: anonymous callers get UNAUTHENTICATED unless
 * the operation is public, and the operation's declared policies must hold for the actor.
 */
@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: AccessPolicy,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const { actor } = accessContextOf(context);
    if (!actor) throw DomainError.unauthenticated();
    const checks = this.reflector.getAllAndOverride<PolicyCheck[]>(POLICIES_KEY, targets) ?? [];
    const ability = this.policy.abilityFor(actor);
    if (!checks.every((check) => check(ability))) throw DomainError.forbidden();
    return true;
  }
}
