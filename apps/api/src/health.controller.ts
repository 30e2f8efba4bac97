import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult, type HealthIndicatorFunction, type HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@renkei/access';
import { SchemaMigrations } from '@renkei/database';
import { EventBus } from '@renkei/graphql';
import { DrainState } from './shutdown.js';

const REDIS_PING_TIMEOUT_MS = 1_000;
// As long as the database ping may take: with the database away, the answer is not held up by the pool's connect timeout.
const MIGRATIONS_TIMEOUT_MS = 2_000;

/**
 * `GET /health/live`: the process answers (nothing else is checked, so a supervisor restarts
 * only a process that is stuck). `GET /health/ready` (and `/health`, its older name): 200
 * with JSON while the database answers, Redis where one is configured (REDIS_URL) answers,
 * every committed migration is applied and the server is not draining; 503 naming what is
 * not, and why. The process keeps serving what it can meanwhile: without Redis, rate limits
 * are held per process and events wait in the outbox.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly bus: EventBus,
    private readonly migrations: SchemaMigrations,
    private readonly drain: DrainState,
  ) {}

  @Get('live')
  @Public()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get(['ready', ''])
  @Public()
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.serving(), () => this.database.pingCheck('database', { timeout: 2_000 }), () => this.schema()];
    if (this.bus.distributed) checks.push(() => this.redis());
    return this.health.check(checks);
  }

  private serving(): HealthIndicatorResult<'server'> {
    const indicator = this.indicators.check('server');
    return this.drain.draining ? indicator.down({ message: 'draining: the server is stopping' }) : indicator.up();
  }

  private async schema(): Promise<HealthIndicatorResult<'migrations'>> {
    const indicator = this.indicators.check('migrations');
    try {
      const { pending } = await within(MIGRATIONS_TIMEOUT_MS, this.migrations.status());
      return pending.length === 0 ? indicator.up() : indicator.down({ message: 'pending: run `npm run migrate:run`', pending });
    } catch (error) {
      return indicator.down({ message: `unknown: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private async redis(): Promise<HealthIndicatorResult<'redis'>> {
    const indicator = this.indicators.check('redis');
    const { ready, reason } = this.bus.redisHealth;
    if (!ready) return indicator.down({ message: `unreachable: ${reason ?? 'not connected'}` });
    try {
      await within(REDIS_PING_TIMEOUT_MS, Promise.resolve(this.bus.redisClient?.ping()));
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: `unreachable: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
