import { createServer } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { configurationOrExit } from './configuration.js';
import { GraphQLWsEndpoint } from './graphql-ws.endpoint.js';
import { drainOnSignals } from './shutdown.js';
import { hasWebClient } from './web-client.js';

const USAGE = `Renkei API server (連携)

Usage: npm start            build and start (the web client and the API, and an embedded database unless DATABASE_URL is set)
       node dist/apps/api/src/main.js [--help]

Configured by environment variables (README.md, "Configuration"): PORT (3000), HOST, DATABASE_URL,
EMBEDDED_DB_DIR, EMBEDDED_DB_PORT, WEB_CLIENT_DIR, NODE_ENV, JWT_SECRET, JWT_TTL_SECONDS, BOOTSTRAP_ADMIN_EMAIL,
BOOTSTRAP_ADMIN_PASSWORD, BOOTSTRAP_MUNICIPALITY_NAME, DEMO_DATA, REDIS_URL, LOG_LEVEL, LOG_JSON.
`;

// Fails fast, naming PORT, before the database starts or anything is announced.
function assertPortFree(port: number, host: string | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new Error(`PORT ${port} is in use: another server listens there. Stop it, or set PORT to a free port.`) : error),
      )
      .listen({ port, ...(host ? { host } : {}) }, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const config = configurationOrExit();
  await assertPortFree(config.port, config.host);
  const app = await createApp(config);
  // On Ctrl-C or a stop signal: finishes what is in flight, closes sockets and stops an embedded database cleanly.
  drainOnSignals(app, app.get(GraphQLWsEndpoint), config.shutdown.graceMs, (code) => process.exit(code));
  await (config.host ? app.listen(config.port, config.host) : app.listen(config.port));
  const logger = new Logger('Renkei');
  if (hasWebClient(config.webClientDir)) logger.log(`Web client on http://localhost:${config.port}/`);
  logger.log(`GraphQL on http://localhost:${config.port}/graphql (HTTP and graphql-ws), health on /health/live and /health/ready`);
  if (config.host === '127.0.0.1' && config.demoData) logger.log('Listening on 127.0.0.1 only, as the demo logins are public: set HOST to serve other machines');
  if (config.jwt.ephemeral) logger.warn('JWT_SECRET is not set: tokens are signed with a per-process key and end with the process');
}

main().catch((error: unknown) => {
  new Logger('Renkei').fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
