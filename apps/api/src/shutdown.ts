import type { Server, ServerResponse } from 'node:http';
import { Injectable, Logger, type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether this process is draining: from the first moment of a stop, readiness answers 503. */
@Injectable()
export class DrainState {
  draining = false;
}

/** What a drain needs of GraphQL over WebSocket: how many sockets are open, and to cut them. */
export interface WebSocketTraffic {
  readonly openSockets: number;
  terminateAll(): void;
}

/**
 * The requests of an HTTP server, as a drain needs them, and its connections to cut when the
 * grace is over: the HTTP server's own (Node tracks them), and the WebSockets, which the HTTP
 * server lets go once upgraded and the WebSocket server holds. Nothing is kept per socket here:
 * a set of every socket, a mark for each upgraded one and a close listener on each cost every
 * idle WebSocket an entry in each, for a moment that comes once.
 */
class ServerTraffic {
  private readonly inFlight = new Set<ServerResponse>();
  private idle: (() => void) | null = null;
  private closing = false;

  constructor(
    private readonly server: Server,
    private readonly webSockets: WebSocketTraffic,
  ) {
    server.on('request', (_request, response: ServerResponse) => {
      this.inFlight.add(response);
      if (this.closing) response.shouldKeepAlive = false;
      response.once('close', () => {
        this.inFlight.delete(response);
        if (this.inFlight.size === 0) this.idle?.();
      });
    });
  }

  get requests(): number {
    return this.inFlight.size;
  }

  get openWebSockets(): number {
    return this.webSockets.openSockets;
  }

  /** Resolves when no request is being answered. */
  requestsFinished(): Promise<void> {
    // A connection that answers its last request during the drain closes, instead of
    // waiting idle for a next request the server would no longer take.
    this.closing = true;
    for (const response of this.inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    if (this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => (this.idle = resolve));
  }

  /** Cuts every HTTP connection, idle or answering, and every WebSocket. */
  destroyAll(): void {
    this.server.closeAllConnections();
    this.webSockets.terminateAll();
  }
}

/**
 * The graceful stop on SIGTERM/SIGINT: readiness turns 503 and the listener closes (a proxy
 * sends elsewhere), requests in flight get up to `graceMs` to finish, then the application
 * closes through its lifecycle hooks (GraphQL over WebSocket closes its sockets with 1001 "Going away",
 * the outbox relay and the reminder scheduler stop, the database pool closes, an embedded
 * database stops). Whatever is still connected when the grace is over is cut. `exit` gets 0
 * once closed, 1 when closing failed.
 */
export function drainOnSignals(app: INestApplication, webSockets: WebSocketTraffic, graceMs: number, exit: (code: number) => void, signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
  const logger = new Logger('Shutdown');
  const server = app.getHttpServer() as Server;
  const traffic = new ServerTraffic(server, webSockets);
  let draining: Promise<void> | null = null;
  let forceClose = (): void => undefined;

  const drain = async (signal: NodeJS.Signals): Promise<void> => {
    const dataSource = app.get(DataSource);
    app.get(DrainState).draining = true;
    logger.log(`${signal}: draining (grace ${graceMs / 1000} s); readiness answers 503`);
    server.close();
    logger.log(`No longer accepting connections; ${traffic.requests} request(s) in flight, ${traffic.openWebSockets} WebSocket(s) open`);
    forceClose = () => {
      logger.warn(`Grace over: closing ${traffic.requests} request(s) and ${traffic.openWebSockets} WebSocket(s) still open, and every idle connection`);
      traffic.destroyAll();
    };
    const deadline = setTimeout(forceClose, graceMs);
    try {
      await traffic.requestsFinished();
      logger.log('No request in flight; closing WebSockets (1001), the outbox relay, the reminder scheduler and the database');
      await app.close();
      logger.log(dataSource.isInitialized ? 'Application closed' : 'Application closed; database connections closed');
    } finally {
      clearTimeout(deadline);
    }
  };

  for (const signal of signals) {
    process.on(signal, () => {
      if (draining) {
        // A second Ctrl-C: the operator does not want to wait for the grace.
        logger.warn(`${signal} again: not waiting for the grace`);
        forceClose();
        return;
      }
      draining = drain(signal).then(
        () => exit(0),
        (error: unknown) => {
          logger.error(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
          exit(1);
        },
      );
    });
  }
}
