import { createServer, type Server } from 'node:http';
import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { MetricsEndpoint } from './metrics-endpoint.js';

/**
 * `/metrics` on a port of its own (METRICS_PORT), opened and closed with the application:
 * a port the firewall keeps to the scraper's network, and one that answers nothing else.
 */
@Injectable()
export class MetricsPort implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | null = null;

  constructor(
    private readonly endpoint: MetricsEndpoint,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { port } = this.config.metrics;
    if (port === null) return;
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://metrics').pathname;
      if (request.method === 'GET' && path === '/metrics') void this.endpoint.handle('own-port', request, response);
      else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found\n');
    });
    // On the API's own address setting (HOST): a server kept to this machine keeps its figures there too.
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, this.config.host ?? undefined, resolve));
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A scraper's keep-alive connection would otherwise hold the close open.
    server.closeAllConnections();
    await closed;
  }
}
