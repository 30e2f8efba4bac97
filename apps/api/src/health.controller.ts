import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult, type HealthIndicatorFunction, type HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@renkei/access';
import { EventBus } from '@renkei/graphql';

const REDIS_PING_TIMEOUT_MS = 1_000;

/**
 * `GET /health`, the readiness check: 200 with JSON while the database answers, and Redis
 * where one is configured (REDIS_URL); 503 naming the service that does not, and why. The
 * process keeps serving what it can meanwhile: without Redis, rate limits are held per
 * process and events wait in the outbox.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly bus: EventBus,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.database.pingCheck('database', { timeout: 2_000 })];
    if (this.bus.distributed) checks.push(() => this.redis());
    return this.health.check(checks);
  }

  private async redis(): Promise<HealthIndicatorResult<'redis'>> {
    const indicator = this.indicators.check('redis');
    const { ready, reason } = this.bus.redisHealth;
    if (!ready) return indicator.down({ message: `unreachable: ${reason ?? 'not connected'}` });
    const client = this.bus.redisClient;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${REDIS_PING_TIMEOUT_MS} ms`)), REDIS_PING_TIMEOUT_MS)));
    try {
      await Promise.race([client?.ping(), timeout]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: `unreachable: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      clearTimeout(timer);
    }
  }
}
