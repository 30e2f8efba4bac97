import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Injectable, Logger, type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether this process is draining: from the first moment of a stop, readiness answers 503. */
@Injectable()
export class DrainState {
  draining = false;
}

/**
 * The connections and requests of an HTTP server, as a drain needs them: requests still being
 * answered, and every socket (WebSockets included, which the server stops tracking as HTTP
 * connections once upgraded) to cut when the grace is over.
 */
class ServerTraffic {
  private readonly sockets = new Set<Socket>();
  // Marks, not a second tracking: counted among `sockets` when asked, once, at a drain.
  private readonly upgraded = new WeakSet<Socket>();
  private readonly inFlight = new Set<ServerResponse>();
  private idle: (() => void) | null = null;
  private closing = false;

  constructor(server: Server) {
    // One listener for every socket (a socket is `this` to it), not a closure for each.
    const sockets = this.sockets;
    function untrack(this: Socket): void {
      sockets.delete(this);
    }
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', untrack);
    });
    server.on('upgrade', (_request, socket: Socket) => this.upgraded.add(socket));
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

  get webSockets(): number {
    let count = 0;
    for (const socket of this.sockets) if (this.upgraded.has(socket)) count++;
    return count;
  }

  get connections(): number {
    return this.sockets.size;
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

  destroyAll(): void {
    for (const socket of this.sockets) socket.destroy();
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
export function drainOnSignals(app: INestApplication, graceMs: number, exit: (code: number) => void, signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
  const logger = new Logger('Shutdown');
  const server = app.getHttpServer() as Server;
  const traffic = new ServerTraffic(server);
  let draining: Promise<void> | null = null;
  let forceClose = (): void => undefined;

  const drain = async (signal: NodeJS.Signals): Promise<void> => {
    const dataSource = app.get(DataSource);
    app.get(DrainState).draining = true;
    logger.log(`${signal}: draining (grace ${graceMs / 1000} s); readiness answers 503`);
    server.close();
    logger.log(`No longer accepting connections; ${traffic.requests} request(s) in flight, ${traffic.webSockets} WebSocket(s) open`);
    forceClose = () => {
      logger.warn(`Grace over: closing ${traffic.connections} connection(s) still open`);
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
