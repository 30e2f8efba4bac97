import { Clock } from '@renkei/kernel';

/**
 * The demo's time source: the real clock, except while the demo tells its history, when it is
 * set back to the day each step happened (and runs on from there), so that every context stamps
 * what it records with that day, as it would have then. Provided only with demo data on.
 */
export class StoryClock extends Clock {
  private travel: { to: number; at: number } | null = null;

  constructor(private readonly real: Clock) {
    super();
  }

  now(): Date {
    const now = this.real.now();
    return this.travel ? new Date(this.travel.to + (now.getTime() - this.travel.at)) : now;
  }

  /** True while the clock is set back. */
  get travelling(): boolean {
    return this.travel !== null;
  }

  travelTo(moment: Date): void {
    this.travel = { to: moment.getTime(), at: this.real.now().getTime() };
  }

  backToPresent(): void {
    this.travel = null;
  }
}
