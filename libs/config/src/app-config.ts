import { createHash, randomBytes } from 'node:crypto';
import { readSecretFiles } from './secret-files.js';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { addressList, EnvironmentVariables, type LogLevel, originList } from './environment-variables.js';

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

/** A key that signs or verifies session tokens; `id` travels in the token's `kid` header. */
export interface SigningKey {
  readonly id: string;
  readonly secret: string;
}

/** argon2id's cost parameters for password hashes. */
export interface PasswordHashing {
  /** KiB of memory per hash. */
  readonly memoryCost: number;
  /** Passes over that memory. */
  readonly timeCost: number;
  readonly parallelism: number;
}

// argon2's own defaults, written out so that a library upgrade cannot change them unseen.
const STANDARD_PASSWORD_HASHING: PasswordHashing = { memoryCost: 65_536, timeCost: 3, parallelism: 4 };
// The least argon2 accepts: a test suite creates and signs in thousands of users, and the
// strength of a hash is no part of what it tests (that a hash is argon2id, salted, checked
// and never returned, is).
const TEST_PASSWORD_HASHING: PasswordHashing = { memoryCost: 1_024, timeCost: 1, parallelism: 1 };

/** The server's settings, by concern. */
export interface Settings {
  readonly environment: 'development' | 'production' | 'test';
  readonly port: number;
  /** The address to listen on; null: every interface. */
  readonly host: string | null;
  readonly database: DatabaseTarget;
  /** Whether pending migrations run at start (MIGRATIONS_RUN); off when operators run them as a step of an upgrade. */
  readonly migrations: { readonly runAtStart: boolean };
  /**
   * `signing` signs new tokens; `verifying` (signing first, then the previous keys) verifies
   * them, so a key can be replaced while tokens it signed stay valid until they expire.
   */
  readonly jwt: { readonly signing: SigningKey; readonly verifying: readonly SigningKey[]; readonly ttlSeconds: number; readonly ephemeral: boolean };
  readonly bootstrapAdmin: { readonly email: string; readonly password: string; readonly municipalityName: string } | null;
  readonly demoData: boolean;
  /**
   * The cost of new password hashes (each hash carries its own, so a change applies to
   * passwords set afterwards): argon2's standard, or under NODE_ENV=test its least.
   */
  readonly passwordHashing: PasswordHashing;
  readonly redisUrl: string | null;
  readonly log: { readonly level: LogLevel; readonly json: boolean };
  /** `/metrics`: answered to a bearer of `token` when set; on its own `port` when set (then not on the main port). */
  readonly metrics: { readonly token: string | null; readonly port: number | null };
  /** How long a stopping server lets requests in flight finish before it closes what is left. */
  readonly shutdown: { readonly graceMs: number };
  readonly reminders: { readonly intervalSeconds: number; readonly dueSoonHours: number };
  /** How often the retention job looks for data past its period. */
  readonly retention: { readonly intervalSeconds: number };
  /** How often the audit sequencer links appended entries into the chain: the most an entry waits unlinked, plus the link's own time. */
  readonly audit: { readonly linkIntervalMs: number };
  /**
   * How often each outbox relay drains every outbox table without being woken: the safety net
   * under NOTIFY (an event committed while no relay listened, one a dead relay left).
   */
  readonly outbox: { readonly pollMs: number };
  readonly rateLimits: { readonly expensivePerMinute: number };
  /** Addresses and CIDR blocks of the reverse proxies whose `X-Forwarded-For` is honoured. */
  readonly trustedProxies: readonly string[];
  /** Origins a browser may call the API from besides the server's own; empty: CORS is off. */
  readonly corsOrigins: readonly string[];
  /** The built web client's folder, served at `/`. */
  readonly webClientDir: string;
  /** Where the office documents' Japanese font (Noto Sans CJK, TTC) is read from. */
  readonly documents: { readonly fontDir: string };
}

/**
 * The server's configuration, typed and validated once at start-up. Nothing else in the
 * code base reads `process.env`.
 */
export class AppConfig extends withSettings() {
  private constructor(settings: Settings) {
    super(settings);
  }

  get isProduction(): boolean {
    return this.environment === 'production';
  }

  static fromEnvironment(env: Readonly<Record<string, string | undefined>>): AppConfig {
    const { values, problems: fileProblems } = readSecretFiles(env);
    const raw = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    const vars = plainToInstance(EnvironmentVariables, raw);
    const problems = [...fileProblems, ...validateSync(vars, { forbidUnknownValues: false }).flatMap(describe)];
    const environment = vars.NODE_ENV ?? 'development';
    if (environment === 'production' && !vars.JWT_SECRET) problems.push('JWT_SECRET: is required when NODE_ENV=production');
    if (environment === 'production' && !vars.DATABASE_URL) problems.push('DATABASE_URL: is required when NODE_ENV=production');
    if (vars.METRICS_PORT !== undefined && vars.METRICS_PORT === (vars.PORT ?? 3000)) problems.push('METRICS_PORT: must differ from PORT');
    if (problems.length > 0) throw new ConfigurationError(problems);

    const database: DatabaseTarget = vars.DATABASE_URL
      ? { kind: 'external', url: vars.DATABASE_URL }
      : { kind: 'embedded', dataDir: vars.EMBEDDED_DB_DIR ?? 'data/postgres', port: vars.EMBEDDED_DB_PORT ?? 54329 };
    const demoData = vars.DEMO_DATA ?? database.kind === 'embedded';
    // Without a configured secret (development only) tokens are signed with a per-process
    // key: they stop working on restart, which is the safe failure.
    const signing = signingKey(vars.JWT_SECRET ?? randomBytes(48).toString('base64url'));
    return new AppConfig({
      environment,
      port: vars.PORT ?? 3000,
      // The demo data's passwords are published: by default such a server answers this machine only.
      host: vars.HOST ?? (demoData ? '127.0.0.1' : null),
      database,
      migrations: { runAtStart: vars.MIGRATIONS_RUN ?? true },
      jwt: {
        signing,
        verifying: [signing, ...secretList(vars.JWT_PREVIOUS_SECRETS).map(signingKey)],
        ttlSeconds: vars.JWT_TTL_SECONDS ?? 8 * 3600,
        ephemeral: !vars.JWT_SECRET,
      },
      bootstrapAdmin:
        vars.BOOTSTRAP_ADMIN_EMAIL && vars.BOOTSTRAP_ADMIN_PASSWORD
          ? { email: vars.BOOTSTRAP_ADMIN_EMAIL, password: vars.BOOTSTRAP_ADMIN_PASSWORD, municipalityName: vars.BOOTSTRAP_MUNICIPALITY_NAME ?? 'Municipality' }
          : null,
      demoData,
      passwordHashing: environment === 'test' ? TEST_PASSWORD_HASHING : STANDARD_PASSWORD_HASHING,
      redisUrl: vars.REDIS_URL ?? null,
      log: { level: vars.LOG_LEVEL ?? 'log', json: vars.LOG_JSON ?? environment === 'production' },
      metrics: { token: vars.METRICS_TOKEN ?? null, port: vars.METRICS_PORT ?? null },
      shutdown: { graceMs: (vars.SHUTDOWN_GRACE_SECONDS ?? 10) * 1000 },
      reminders: { intervalSeconds: vars.REMINDER_INTERVAL_SECONDS ?? 60, dueSoonHours: vars.TASK_DUE_SOON_HOURS ?? 24 },
      retention: { intervalSeconds: vars.RETENTION_INTERVAL_SECONDS ?? 3600 },
      audit: { linkIntervalMs: vars.AUDIT_LINK_INTERVAL_MS ?? 200 },
      outbox: { pollMs: vars.OUTBOX_POLL_MS ?? 1_000 },
      rateLimits: { expensivePerMinute: vars.RATE_LIMIT_EXPENSIVE_PER_MINUTE ?? 120 },
      trustedProxies: vars.TRUSTED_PROXIES ? addressList(vars.TRUSTED_PROXIES) : [],
      corsOrigins: vars.CORS_ORIGINS ? originList(vars.CORS_ORIGINS) : [],
      webClientDir: vars.WEB_CLIENT_DIR ?? 'dist/apps/web',
      documents: { fontDir: vars.DOCUMENT_FONT_DIR ?? '/usr/share/fonts/opentype/noto' },
    });
  }
}

// A base class whose instances carry the settings as their own read-only fields.
function withSettings(): new (settings: Settings) => Settings {
  return class {
    constructor(settings: Settings) {
      Object.assign(this, settings);
    }
  } as new (settings: Settings) => Settings;
}

/** A key's id is derived from its secret, so operators rotate secrets without naming keys. */
function signingKey(secret: string): SigningKey {
  return { id: createHash('sha256').update(secret).digest('base64url').slice(0, 12), secret };
}

function secretList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
}

// Values are never echoed: a rejected variable may be a secret.
function describe(error: ValidationError): string[] {
  return Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message.replace(`${error.property} `, '')}`);
}
