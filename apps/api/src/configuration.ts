import { AppConfig, ConfigurationError } from '@renkei/config';

/**
 * The configuration of a command started from a shell (the server, the migration and backup
 * commands): an unusable environment ends the process with status 1 and the variables to
 * fix, not with a stack trace.
 */
export function configurationOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return AppConfig.fromEnvironment(env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
