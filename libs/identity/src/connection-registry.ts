import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@renkei/graphql';
import { ExpiringSockets } from './expiring-sockets.js';

/** What the registry needs of a WebSocket: to be closed. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/** graphql-ws's code for a refused or revoked authorisation. */
export const FORBIDDEN_CLOSE_CODE = 4403;

// Revocations travel on the event bus, so every API process closes its own sockets.
const REVOCATIONS_TOPIC = 'renkei:sessions:revoked';

interface Revocation {
  userId: string;
  reason: string;
}

/**
 * The open graphql-ws connections of this process, by user, so that access taken away
 * (deactivation, an expired token) also ends the live connections it opened.
 */
@Injectable()
export class ConnectionRegistry implements OnModuleInit, OnApplicationShutdown {
  /** Each user's sockets, with the second their token expires in. */
  private readonly byUser = new Map<string, Map<ClosableSocket, number>>();
  private readonly expiries = new ExpiringSockets((socket) => socket.close(FORBIDDEN_CLOSE_CODE, 'Forbidden: token expired'));
  private revocations: AsyncIterableIterator<Revocation> | null = null;

  constructor(private readonly bus: EventBus) {}

  onModuleInit(): void {
    this.expiries.start();
    const revocations = this.bus.subscribe<Revocation>(REVOCATIONS_TOPIC);
    this.revocations = revocations;
    void (async () => {
      for await (const { userId, reason } of revocations) this.closeLocal(userId, reason);
    })();
  }

  async onApplicationShutdown(): Promise<void> {
    this.expiries.stop();
    await this.revocations?.return?.();
  }

  /** Tracks `socket` for `userId` and closes it when its token expires. */
  add(userId: string, socket: ClosableSocket, expiresAt: Date): void {
    let sockets = this.byUser.get(userId);
    if (!sockets) this.byUser.set(userId, (sockets = new Map()));
    sockets.set(socket, this.expiries.add(socket, expiresAt));
  }

  remove(userId: string, socket: ClosableSocket): void {
    const sockets = this.byUser.get(userId);
    const second = sockets?.get(socket);
    if (second !== undefined) this.expiries.remove(socket, second);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byUser.delete(userId);
  }

  /**
   * Closes the user's sockets in every process of the deployment. With the bus (Redis) away,
   * this process's at once; the others' stop getting anything at the next operation or
   * event, each of which checks the user again.
   */
  async closeAllFor(userId: string, reason: string): Promise<void> {
    await this.bus.publish(REVOCATIONS_TOPIC, { userId, reason } satisfies Revocation).catch(() => this.closeLocal(userId, reason));
  }

  private closeLocal(userId: string, reason: string): void {
    for (const socket of [...(this.byUser.get(userId)?.keys() ?? [])]) {
      this.remove(userId, socket);
      socket.close(FORBIDDEN_CLOSE_CODE, `Forbidden: ${reason}`);
    }
  }
}
