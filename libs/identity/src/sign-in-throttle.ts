import { Injectable } from '@nestjs/common';
import { RateLimits, rateLimited } from '@renkei/graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * How failed sign-ins slow the next attempt down, per scope: the first `free` failures in
 * the window cost nothing; each further one makes the next attempt wait twice as long as
 * the one before (1 s, 2 s, 4 s …), never longer than `capSeconds`. There is no lockout
 * that outlasts the cap, and an administrator can clear an account's delays at once.
 */
export interface DelayRule {
  readonly free: number;
  readonly capSeconds: number;
  /** Failures are forgotten this long after the first one of the window. */
  readonly windowSeconds: number;
}

export type ThrottleScope = 'account' | 'addressAccount' | 'address';

export const SIGN_IN_RULES: Readonly<Record<ThrottleScope, DelayRule>> = {
  // Guessing one account's password from one address: slowed early and far.
  addressAccount: { free: 5, capSeconds: 15 * 60, windowSeconds: 24 * 3600 },
  // Guessing one account's password from many addresses; capped lower, because the owner
  // (at another address) waits this too.
  account: { free: 10, capSeconds: 5 * 60, windowSeconds: 24 * 3600 },
  // Spraying passwords over many accounts from one address. An office behind NAT is one
  // address: generous, and never more than a minute's wait.
  address: { free: 100, capSeconds: 60, windowSeconds: 3600 },
};

/** The seconds the next attempt waits after `failures` failures in a scope's window. */
export function delayAfter(failures: number, rule: DelayRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.capSeconds, 2 ** Math.min(failures - rule.free, 30));
}

/** A delay imposed by a failure: what the audit trail records as a lockout. */
export interface Lockout {
  readonly scope: ThrottleScope;
  readonly failures: number;
  readonly waitSeconds: number;
}

const NEVER_EXHAUSTED = Number.MAX_SAFE_INTEGER;

/**
 * Progressive delays on failed sign-ins, per account, per address and account, and per
 * address (only when the client's address is known: see TrustedProxies). Held in Redis when
 * the deployment has it, so every process applies the same delays; in process memory while
 * Redis is away.
 */
@Injectable()
export class SignInThrottle {
  private readonly failures: Record<ThrottleScope, RateLimiterAbstract>;
  private readonly waits: Record<ThrottleScope, RateLimiterAbstract>;
  // An account's unlocks so far: part of its address+account keys, so that an unlock forgets
  // the delays at every address without having to find them.
  private readonly unlocks: RateLimiterAbstract;

  constructor(private readonly limits: RateLimits) {
    const scopes = Object.keys(SIGN_IN_RULES) as ThrottleScope[];
    this.failures = Object.fromEntries(
      scopes.map((scope) => [scope, limits.limiter(`signin-failures-${scope}`, { points: NEVER_EXHAUSTED, duration: SIGN_IN_RULES[scope].windowSeconds })]),
    ) as Record<ThrottleScope, RateLimiterAbstract>;
    this.waits = Object.fromEntries(scopes.map((scope) => [scope, limits.limiter(`signin-wait-${scope}`, { points: 1, duration: SIGN_IN_RULES[scope].capSeconds })])) as Record<
      ThrottleScope,
      RateLimiterAbstract
    >;
    this.unlocks = limits.limiter('signin-unlocks', { points: NEVER_EXHAUSTED, duration: 0 });
  }

  /** RATE_LIMITED (with the seconds left) while any delay applies to this account from this address. */
  async assertMayTry(account: string, address: string | null): Promise<void> {
    const keys = await this.keysOf(account, address);
    const waits = await Promise.all(keys.map(([scope, key]) => this.waits[scope].get(key)));
    const longest = Math.max(0, ...waits.map((wait) => (wait && wait.consumedPoints > 1 ? wait.msBeforeNext : 0)));
    if (longest === 0) return;
    this.limits.refusals.add('signin');
    throw rateLimited({ msBeforeNext: longest });
  }

  /** Counts a failure in every scope; returns the delays it starts (one per scope that is past its free failures). */
  async failed(account: string, address: string | null): Promise<Lockout[]> {
    const keys = await this.keysOf(account, address);
    const lockouts = await Promise.all(
      keys.map(async ([scope, key]): Promise<Lockout | null> => {
        const { consumedPoints: failures } = await this.failures[scope].consume(key);
        const waitSeconds = delayAfter(failures, SIGN_IN_RULES[scope]);
        if (waitSeconds === 0) return null;
        await this.waits[scope].block(key, waitSeconds);
        return { scope, failures, waitSeconds };
      }),
    );
    return lockouts.filter((lockout) => lockout !== null);
  }

  /** A success: the account's failures (overall and from this address) are forgotten. */
  async succeeded(account: string, address: string | null): Promise<void> {
    const keys = (await this.keysOf(account, address)).filter(([scope]) => scope !== 'address');
    await Promise.all(keys.flatMap(([scope, key]) => [this.failures[scope].delete(key), this.waits[scope].delete(key)]));
  }

  /** An administrator's unlock: the account's failures and delays are gone, at every address. */
  async unlock(account: string): Promise<void> {
    await Promise.all([this.failures.account.delete(account), this.waits.account.delete(account), this.unlocks.consume(account)]);
  }

  private async keysOf(account: string, address: string | null): Promise<[ThrottleScope, string][]> {
    const keys: [ThrottleScope, string][] = [['account', account]];
    if (address !== null) {
      const generation = (await this.unlocks.get(account))?.consumedPoints ?? 0;
      keys.push(['addressAccount', JSON.stringify([account, generation, address])], ['address', address]);
    }
    return keys;
  }
}
