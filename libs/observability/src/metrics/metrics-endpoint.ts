import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Registry } from 'prom-client';
import { MetricsAccess, type MetricsListener } from './metrics-access.js';

/** Answers a scrape of `/metrics` as {@link MetricsAccess} decides, on either port. */
@Injectable()
export class MetricsEndpoint implements OnModuleInit {
  private readonly logger = new Logger('Metrics');

  constructor(
    private readonly registry: Registry,
    private readonly access: MetricsAccess,
  ) {}

  // Said once at start, not per scrape: a scraper retrying every 15 s would flood the log.
  onModuleInit(): void {
    if (this.access.withheld) this.logger.warn('/metrics is not served (404): in production set METRICS_TOKEN or METRICS_PORT to expose it');
  }

  async handle(listener: MetricsListener, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const answer = this.access.answer(listener, request.headers.authorization);
    if (answer === 'not-found') return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found\n');
    if (answer === 'unauthorized') {
      return void response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' }).end('Unauthorized\n');
    }
    try {
      const body = await this.registry.metrics();
      response.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      this.logger.error(`Scrape failed: ${error instanceof Error ? error.message : String(error)}`);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal Server Error\n');
    }
  }
}
