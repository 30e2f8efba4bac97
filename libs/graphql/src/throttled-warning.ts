import type { Logger } from '@nestjs/common';

/** How often a condition that persists is reported again while it lasts. */
export const WARNING_REPEAT_MS = 60_000;

/**
 * A warning about a condition that repeats (a backing service away, retried every second):
 * logged when it starts, then at most once a minute with the count of repeats, and once when
 * it ends. A log line per retry would bury everything else.
 */
export class ThrottledWarning {
  private since: number | null = null;
  private lastLogged = 0;
  private repeats = 0;

  constructor(
    private readonly logger: Logger,
    private readonly subject: string,
    private readonly now: () => number = Date.now,
  ) {}

  get active(): boolean {
    return this.since !== null;
  }

  /** The condition happened (again): logs only if it is new, or last said a minute ago. */
  warn(reason: string): void {
    const now = this.now();
    if (this.since === null) {
      this.since = now;
      this.lastLogged = now;
      this.repeats = 0;
      this.logger.warn(`${this.subject}: ${reason}`);
      return;
    }
    this.repeats += 1;
    if (now - this.lastLogged < WARNING_REPEAT_MS) return;
    this.logger.warn(`${this.subject}: ${reason} (still, for ${Math.round((now - this.since) / 1000)} s; ${this.repeats} repeats not logged)`);
    this.lastLogged = now;
    this.repeats = 0;
  }

  /** The condition is over: says so once, if it had been reported. */
  resolved(message: string): void {
    if (this.since === null) return;
    this.logger.log(`${this.subject}: ${message} after ${Math.round((this.now() - this.since) / 1000)} s`);
    this.since = null;
  }
}
