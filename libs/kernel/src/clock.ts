/**
 * Time as a dependency. Rules that depend on time (token expiry, consent validity, meeting
 * access windows) read it from here so tests can move it instead of sleeping.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
