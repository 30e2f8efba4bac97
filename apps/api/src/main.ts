import { Logger } from '@nestjs/common';
import { AppConfig, ConfigurationError } from '@renkei/config';
import { createApp } from './app.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = AppConfig.fromEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const app = await createApp(config);
  // Closes connections and stops an embedded database cleanly on Ctrl-C or a stop signal.
  app.enableShutdownHooks(['SIGINT', 'SIGTERM']);
  await app.listen(config.port);
  const logger = new Logger('Renkei');
  logger.log(`GraphQL on http://localhost:${config.port}/graphql (HTTP and graphql-ws), health on /health`);
  if (config.jwt.ephemeral) logger.warn('JWT_SECRET is not set: tokens are signed with a per-process key and end with the process');
}

main().catch((error: unknown) => {
  new Logger('Renkei').fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
