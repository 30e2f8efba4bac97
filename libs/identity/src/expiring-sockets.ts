import type { ClosableSocket } from './connection-registry.js';

const SECOND = 1_000;

/**
 * Sockets to close when their tokens expire, kept by the second they expire in and swept by
 * one timer for them all. A timer per connection cost each of thousands of idle connections a
 * Timeout, its callback and that callback's scope. A socket is closed in the first sweep after
 * its token has expired, never before: within a second of it.
 */
export class ExpiringSockets {
  private readonly bySecond = new Map<number, Set<ClosableSocket>>();
  private swept = Math.floor(Date.now() / SECOND);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly expire: (socket: ClosableSocket) => void) {}

  start(): void {
    this.timer ??= setInterval(() => this.sweep(), SECOND);
    // Connections keep the process alive; their expiry does not need to.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Keeps `socket` until `expiresAt`; answers the second it is kept under, for {@link remove}. */
  add(socket: ClosableSocket, expiresAt: Date): number {
    const second = Math.max(Math.ceil(expiresAt.getTime() / SECOND), this.swept + 1);
    let sockets = this.bySecond.get(second);
    if (!sockets) this.bySecond.set(second, (sockets = new Set()));
    sockets.add(socket);
    return second;
  }

  remove(socket: ClosableSocket, second: number): void {
    const sockets = this.bySecond.get(second);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.bySecond.delete(second);
  }

  /** Expires the sockets of every second that has ended since the last sweep. */
  sweep(): void {
    const now = Math.floor(Date.now() / SECOND);
    for (let second = this.swept + 1; second <= now; second++) {
      const due = this.bySecond.get(second);
      if (!due) continue;
      this.bySecond.delete(second);
      for (const socket of due) this.expire(socket);
    }
    this.swept = Math.max(this.swept, now);
  }
}
