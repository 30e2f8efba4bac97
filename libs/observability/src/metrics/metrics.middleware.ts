import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { MetricsEndpoint } from './metrics-endpoint.js';

/**
 * `GET /metrics` on the API's port. A middleware rather than a controller: it answers before
 * the guards, which know users, not scrapers; the token is the scraper's credential.
 */
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(private readonly endpoint: MetricsEndpoint) {}

  use(request: IncomingMessage, response: ServerResponse): void {
    void this.endpoint.handle('main', request, response);
  }
}
