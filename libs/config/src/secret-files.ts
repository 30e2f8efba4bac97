import { readFileSync } from 'node:fs';

/** The variables that hold secrets: each may instead name a file (`JWT_SECRET_FILE`), as container secrets are mounted. */
export const SECRET_VARIABLES = ['DATABASE_URL', 'JWT_SECRET', 'JWT_PREVIOUS_SECRETS', 'BOOTSTRAP_ADMIN_PASSWORD', 'REDIS_URL', 'METRICS_TOKEN'] as const;

/**
 * The environment with every `<NAME>_FILE` replaced by the file's content (one trailing line
 * break dropped, as editors and `echo` add one). Naming both a value and a file is refused:
 * which one wins would be a guess. A problem names the variable and the path, never content.
 */
export function readSecretFiles(env: Readonly<Record<string, string | undefined>>): { values: Record<string, string | undefined>; problems: string[] } {
  const values: Record<string, string | undefined> = { ...env };
  const problems: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const path = env[`${name}_FILE`];
    delete values[`${name}_FILE`];
    if (path === undefined || path === '') continue;
    if (env[name] !== undefined && env[name] !== '') {
      problems.push(`${name}_FILE: cannot be set together with ${name}`);
      continue;
    }
    try {
      values[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      problems.push(`${name}_FILE: cannot read ${path} (${code})`);
    }
  }
  return { values, problems };
}
