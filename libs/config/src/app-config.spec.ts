import { describe, expect, it } from '@jest/globals';
import { AppConfig, ConfigurationError } from './app-config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    AppConfig.fromEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('AppConfig', () => {
  it('runs on the embedded database with demo data when nothing is set', () => {
    const config = AppConfig.fromEnvironment({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: 'data/postgres', port: 54329 });
    expect(config.demoData).toBe(true);
    expect(config.jwt.ephemeral).toBe(true);
  });

  it('uses an external database without demo data when DATABASE_URL is set', () => {
    const config = AppConfig.fromEnvironment({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' });
    expect(config.database).toEqual({ kind: 'external', url: 'postgres://u@127.0.0.1:5432/db' });
    expect(config.demoData).toBe(false);
  });

  it('hashes passwords at argon2’s standard cost, except under NODE_ENV=test', () => {
    const standard = { memoryCost: 65_536, timeCost: 3, parallelism: 4 };
    expect(AppConfig.fromEnvironment({}).passwordHashing).toEqual(standard);
    expect(AppConfig.fromEnvironment({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', JWT_SECRET: 'x'.repeat(32) }).passwordHashing).toEqual(standard);
    expect(AppConfig.fromEnvironment({ NODE_ENV: 'test' }).passwordHashing.memoryCost).toBeLessThan(standard.memoryCost);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'not-an-email', BOOTSTRAP_ADMIN_PASSWORD: 'long-enough-password' }, 'BOOTSTRAP_ADMIN_EMAIL'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'admin@example.jp' }, 'BOOTSTRAP_ADMIN_PASSWORD'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUSTED_PROXIES: '10.0.0.1, proxy.example' }, 'TRUSTED_PROXIES'],
    [{ TRUSTED_PROXIES: '10.0.0.0/33' }, 'TRUSTED_PROXIES'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db' }, 'JWT_SECRET'],
  ])('rejects %j naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems.some((p) => p.startsWith(`${variable}:`))).toBe(true);
  });

  it('answers this machine only while the published demo logins exist, unless HOST says otherwise', () => {
    expect(AppConfig.fromEnvironment({}).host).toBe('127.0.0.1');
    expect(AppConfig.fromEnvironment({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }).host).toBeNull();
    expect(AppConfig.fromEnvironment({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(problemsOf({ HOST: 'everywhere' })).toEqual([expect.stringContaining('HOST')]);
  });

  it('reads TRUSTED_PROXIES as a list of addresses and CIDR blocks', () => {
    expect(AppConfig.fromEnvironment({}).trustedProxies).toEqual([]);
    expect(AppConfig.fromEnvironment({ TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16,fd00::/8' }).trustedProxies).toEqual(['10.0.0.1', '192.168.0.0/16', 'fd00::/8']);
  });

  it('never echoes a rejected value, which may be a secret', () => {
    const problems = problemsOf({ JWT_SECRET: 'hunter2-is-a-secret' });
    expect(problems.join('\n')).not.toContain('hunter2');
  });
});
