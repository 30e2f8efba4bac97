import { Transform } from 'class-transformer';
import { isIP } from 'node:net';
import { IsEmail, IsIn, IsInt, IsIP, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateBy, ValidateIf } from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  return ['1', 'true', 'yes', 'on'].includes(v) ? true : ['0', 'false', 'no', 'off'].includes(v) ? false : value;
};

/** An IP address, or a CIDR block (`10.0.0.0/8`, `fd00::/8`). */
export function isAddressOrBlock(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** A comma-separated list of addresses and CIDR blocks, as `TRUSTED_PROXIES` takes it. */
export function addressList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** A comma-separated list of web origins (`https://renkei.example.lg.jp`), as `CORS_ORIGINS` takes it. */
export function originList(value: string): string[] {
  return addressList(value).map((entry) => entry.replace(/\/+$/, ''));
}

function isOrigin(entry: string): boolean {
  try {
    const url = new URL(entry);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry;
  } catch {
    return false;
  }
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The process environment as the server accepts it. Property names are the variable names,
 * so a failed rule names the variable the operator has to fix.
 */
export class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV?: 'development' | 'production' | 'test';

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @IsIP(undefined, { message: 'must be an IP address to listen on (127.0.0.1, 0.0.0.0, ::)' })
  HOST?: string;

  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true }, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @IsString() @MinLength(1)
  EMBEDDED_DB_DIR?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_DB_PORT?: number;

  @IsOptional() @IsString() @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Secrets that signed earlier tokens, comma-separated: they still verify until those tokens expire. */
  @IsOptional()
  @ValidateBy({
    name: 'secretList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.split(',').every((entry) => entry.trim().length >= 32),
      defaultMessage: () => 'must be a comma-separated list of secrets of at least 32 characters each',
    },
  })
  JWT_PREVIOUS_SECRETS?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(7 * 24 * 3600)
  JWT_TTL_SECONDS?: number;

  @IsOptional() @Transform(toBool) @IsIn([true, false], { message: 'must be true or false' })
  MIGRATIONS_RUN?: boolean;

  @IsOptional() @IsString() @MinLength(16, { message: 'must be at least 16 characters' })
  METRICS_TOKEN?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  METRICS_PORT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(600)
  SHUTDOWN_GRACE_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(10) @Max(7 * 24 * 3600)
  RETENTION_INTERVAL_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(10) @Max(60_000)
  AUDIT_LINK_INTERVAL_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(60_000)
  OUTBOX_POLL_MS?: number;

  @IsOptional()
  @ValidateBy({
    name: 'originList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && originList(value).length > 0 && originList(value).every(isOrigin),
      defaultMessage: () => 'must be a comma-separated list of origins such as https://renkei.example.lg.jp',
    },
  })
  CORS_ORIGINS?: string;

  @IsOptional() @IsEmail({}, { message: 'must be an email address' }) @MaxLength(254)
  BOOTSTRAP_ADMIN_EMAIL?: string;

  @ValidateIf((env: EnvironmentVariables) => env.BOOTSTRAP_ADMIN_EMAIL !== undefined || env.BOOTSTRAP_ADMIN_PASSWORD !== undefined)
  @IsString({ message: 'is required when BOOTSTRAP_ADMIN_EMAIL is set' })
  @MinLength(12, { message: 'must be at least 12 characters' })
  @MaxLength(256)
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  BOOTSTRAP_MUNICIPALITY_NAME?: string;

  @IsOptional() @Transform(toBool) @IsIn([true, false], { message: 'must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional() @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL' })
  REDIS_URL?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600)
  REMINDER_INTERVAL_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(24 * 14)
  TASK_DUE_SOON_HOURS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100_000)
  RATE_LIMIT_EXPENSIVE_PER_MINUTE?: number;

  // The reverse proxies whose X-Forwarded-For is believed; everyone else's is ignored.
  @IsOptional()
  @ValidateBy({
    name: 'addressList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && addressList(value).length > 0 && addressList(value).every(isAddressOrBlock),
      defaultMessage: () => 'must be a comma-separated list of IP addresses or CIDR blocks',
    },
  })
  TRUSTED_PROXIES?: string;

  /** The built web client to serve at `/` (default `dist/apps/web` under the working directory). */
  @IsOptional() @IsString()
  WEB_CLIENT_DIR?: string;

  /** The folder holding the Japanese font the office documents (PDF) embed: Noto Sans CJK's TTC files (fonts-noto-cjk). */
  @IsOptional() @IsString() @MinLength(1)
  DOCUMENT_FONT_DIR?: string;

  @IsOptional() @IsIn(LOG_LEVELS)
  LOG_LEVEL?: LogLevel;

  @IsOptional() @Transform(toBool) @IsIn([true, false], { message: 'must be true or false' })
  LOG_JSON?: boolean;
}
