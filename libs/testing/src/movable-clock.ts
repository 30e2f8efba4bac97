import { Clock } from '@renkei/kernel';

/** A clock tests move forward instead of sleeping (consent periods, meeting access windows, reminders). */
export class MovableClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
