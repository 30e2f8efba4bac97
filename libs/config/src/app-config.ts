import { randomBytes } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { addressList, EnvironmentVariables, type LogLevel } from './environment-variables.js';

/** Raised when the environment is unusable; its message names every offending variable. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Where the server keeps its data: an external PostgreSQL, or one it runs itself. */
export type DatabaseTarget =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

/**
 * The server's configuration, typed and validated once at start-up. Nothing else in the
 * code base reads `process.env`.
 */
export class AppConfig {
  private constructor(
    readonly environment: 'development' | 'production' | 'test',
    readonly port: number,
    /** The address to listen on; null: every interface. */
    readonly host: string | null,
    readonly database: DatabaseTarget,
    readonly jwt: { readonly secret: string; readonly ttlSeconds: number; readonly ephemeral: boolean },
    readonly bootstrapAdmin: { readonly email: string; readonly password: string; readonly municipalityName: string } | null,
    readonly demoData: boolean,
    readonly redisUrl: string | null,
    readonly log: { readonly level: LogLevel; readonly json: boolean },
    readonly reminders: { readonly intervalSeconds: number; readonly dueSoonHours: number },
    readonly rateLimits: { readonly expensivePerMinute: number },
    /** Addresses and CIDR blocks of the reverse proxies whose `X-Forwarded-For` is honoured. */
    readonly trustedProxies: readonly string[],
    /** The built web client's folder, served at `/`. */
    readonly webClientDir: string,
  ) {}

  get isProduction(): boolean {
    return this.environment === 'production';
  }

  static fromEnvironment(env: Readonly<Record<string, string | undefined>>): AppConfig {
    const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
    const vars = plainToInstance(EnvironmentVariables, raw);
    const problems = validateSync(vars, { forbidUnknownValues: false }).flatMap(describe);
    const environment = vars.NODE_ENV ?? 'development';
    if (environment === 'production' && !vars.JWT_SECRET) problems.push('JWT_SECRET: is required when NODE_ENV=production');
    if (environment === 'production' && !vars.DATABASE_URL) problems.push('DATABASE_URL: is required when NODE_ENV=production');
    if (problems.length > 0) throw new ConfigurationError(problems);

    const database: DatabaseTarget = vars.DATABASE_URL
      ? { kind: 'external', url: vars.DATABASE_URL }
      : { kind: 'embedded', dataDir: vars.EMBEDDED_DB_DIR ?? 'data/postgres', port: vars.EMBEDDED_DB_PORT ?? 54329 };
    const demoData = vars.DEMO_DATA ?? database.kind === 'embedded';
    return new AppConfig(
      environment,
      vars.PORT ?? 3000,
      // The demo data's passwords are published: by default such a server answers this machine only.
      vars.HOST ?? (demoData ? '127.0.0.1' : null),
      database,
      {
        // Without a configured secret (development only) tokens are signed with a per-process
        // key: they stop working on restart, which is the safe failure.
        secret: vars.JWT_SECRET ?? randomBytes(48).toString('base64url'),
        ttlSeconds: vars.JWT_TTL_SECONDS ?? 8 * 3600,
        ephemeral: !vars.JWT_SECRET,
      },
      vars.BOOTSTRAP_ADMIN_EMAIL && vars.BOOTSTRAP_ADMIN_PASSWORD
        ? {
            email: vars.BOOTSTRAP_ADMIN_EMAIL,
            password: vars.BOOTSTRAP_ADMIN_PASSWORD,
            municipalityName: vars.BOOTSTRAP_MUNICIPALITY_NAME ?? 'Municipality',
          }
        : null,
      demoData,
      vars.REDIS_URL ?? null,
      { level: vars.LOG_LEVEL ?? 'log', json: vars.LOG_JSON ?? environment === 'production' },
      { intervalSeconds: vars.REMINDER_INTERVAL_SECONDS ?? 60, dueSoonHours: vars.TASK_DUE_SOON_HOURS ?? 24 },
      { expensivePerMinute: vars.RATE_LIMIT_EXPENSIVE_PER_MINUTE ?? 120 },
      vars.TRUSTED_PROXIES ? addressList(vars.TRUSTED_PROXIES) : [],
      vars.WEB_CLIENT_DIR ?? 'dist/apps/web',
    );
  }
}

// Values are never echoed: a rejected variable may be a secret.
function describe(error: ValidationError): string[] {
  return Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message.replace(`${error.property} `, '')}`);
}
