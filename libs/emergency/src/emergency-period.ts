import { EmergencyAccessState } from './emergency-enums.js';

/** A reason must say why, in at least a sentence. */
export const MIN_REASON_LENGTH = 20;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The times a declaration's state and review are decided on. */
export interface DeclarationTimes {
  readonly declaredAt: Date;
  readonly expiresAt: Date;
  readonly endedAt: Date | null;
  readonly reviewDueAt: Date;
  readonly reviewedAt: Date | null;
}

/** The municipality's settings a declaration's period follows. */
export interface EmergencySettings {
  readonly emergencyAccessHours: number;
  readonly emergencyReviewDueHours: number;
}

/** When a declaration made at `declaredAt` runs out, and by when it is to be reviewed. */
export function periodOf(declaredAt: Date, settings: EmergencySettings): { expiresAt: Date; reviewDueAt: Date } {
  return {
    expiresAt: new Date(declaredAt.getTime() + settings.emergencyAccessHours * HOUR_MS),
    reviewDueAt: new Date(declaredAt.getTime() + settings.emergencyReviewDueHours * HOUR_MS),
  };
}

/** Where the declaration stands at `now`: ended early wins over a period that ran out after. */
export function stateAt(times: DeclarationTimes, now: Date): EmergencyAccessState {
  if (times.endedAt && times.endedAt <= now && times.endedAt < times.expiresAt) return EmergencyAccessState.ENDED;
  return times.expiresAt <= now ? EmergencyAccessState.EXPIRED : EmergencyAccessState.ACTIVE;
}

/** Unreviewed past its due time: listed as overdue to the officer. */
export function reviewOverdue(times: DeclarationTimes, now: Date): boolean {
  return times.reviewedAt === null && times.reviewDueAt <= now;
}

/** Where the rate of declarations is counted from: the last 24 hours. */
export function rateWindowStart(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}
