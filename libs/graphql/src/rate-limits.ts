import { type CanActivate, type DynamicModule, type ExecutionContext, Global, Injectable, Module, SetMetadata } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppConfig } from '@renkei/config';
import { DomainError } from '@renkei/kernel';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { EventBus } from './event-bus.js';
import { Tally } from './tally.js';

/** How many points a key may spend in a window. */
const RULES = {
  // Reads that cost the server much (audit trail, records, summaries with provisions), per user;
  // the allowance is configured (RATE_LIMIT_EXPENSIVE_PER_MINUTE).
  expensive: { points: 120, duration: 60 },
} as const;
export type RateLimitName = keyof typeof RULES;

/** A window of `points` per `duration` seconds (0: the count never expires). */
export interface LimiterOptions {
  readonly points: number;
  readonly duration: number;
}

/**
 * Rate limits with rate-limiter-flexible: in memory for one process, in Redis when the
 * deployment runs several (so the limit holds for the deployment, not per process). While
 * Redis is away (not connected, or a command not answered within its timeout) each limiter
 * falls back to an in-memory one of the same rules (`insuranceLimiter`): the limit then holds
 * per process, and nobody waits for Redis. Exceeding one is RATE_LIMITED with the seconds to wait.
 */
@Injectable()
export class RateLimits {
  private readonly limiters: Record<RateLimitName, RateLimiterAbstract>;
  private readonly rules: Record<RateLimitName, { points: number; duration: number }>;
  private readonly redis: Redis | null;
  /** Requests refused by each limit since the process started (for the metrics). */
  readonly refusals = new Tally();

  constructor(bus: EventBus, config: AppConfig) {
    this.redis = bus.redisClient;
    this.rules = { ...RULES, expensive: { ...RULES.expensive, points: config.rateLimits.expensivePerMinute } };
    this.limiters = { expensive: this.limiter('expensive', this.rules.expensive) };
  }

  /** A limiter shared by the deployment (Redis, insured by process memory) or by this process. */
  limiter(name: string, options: LimiterOptions): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ keyPrefix: name, ...options });
    if (!this.redis) return memory;
    return new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `renkei:rl:${name}`, rejectIfRedisNotReady: true, insuranceLimiter: memory, ...options });
  }

  /** Spends `points` for `key`; RATE_LIMITED once the window's allowance is gone. */
  async consume(name: RateLimitName, key: string, points = 1): Promise<void> {
    try {
      await this.limiters[name].consume(key, points);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      this.refusals.add(name);
      throw rateLimited(result);
    }
  }

  /** RATE_LIMITED if `key` has nothing left in the window, without spending. */
  async assertAvailable(name: RateLimitName, key: string): Promise<void> {
    const result = await this.limiters[name].get(key);
    if (!result || result.consumedPoints < this.rules[name].points) return;
    this.refusals.add(name);
    throw rateLimited(result);
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}

/** RATE_LIMITED, with the whole seconds to wait (at least 1) in `extensions.retryAfterSeconds`. */
export function rateLimited(result: Pick<RateLimiterRes, 'msBeforeNext'>): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  return new DomainError('RATE_LIMITED', `Too many requests; try again in ${retryAfterSeconds} s`, [], retryAfterSeconds);
}

const EXPENSIVE_KEY = 'renkei:expensive';

/** Marks an operation as expensive: each call spends `cost` of the caller's per-minute allowance. */
export const Expensive = (cost = 1): MethodDecorator => SetMetadata(EXPENSIVE_KEY, cost);

@Injectable()
class ExpensiveOperationsGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const cost = this.reflector.get<number | undefined>(EXPENSIVE_KEY, context.getHandler());
    if (cost === undefined || context.getType<string>() !== 'graphql') return true;
    const actor = GqlExecutionContext.create(context).getContext<{ actor?: { userId: string } | null }>().actor;
    // Anonymous callers are refused by the policy guard; only signed-in use is metered here.
    if (actor) await this.limits.consume('expensive', actor.userId, cost);
    return true;
  }
}

@Global()
@Module({})
export class RateLimitModule {
  static forRoot(): DynamicModule {
    return { module: RateLimitModule, providers: [RateLimits, { provide: APP_GUARD, useClass: ExpensiveOperationsGuard }], exports: [RateLimits] };
  }
}
