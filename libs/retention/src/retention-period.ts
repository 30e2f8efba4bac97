import { addDays, DomainError, jstDate, jstMidnight } from '@renkei/kernel';
import { RetentionKind } from './retention-kind.js';

/** Shorter than a month is an operating mistake, not a policy; longer than a century is "keep". */
export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 36_500;

/**
 * The access log holds the 提供記録, which 個人情報保護法 (art. 29, 30 and the rules under
 * them) makes the provider keep for up to 3 years after the provision; the trail cannot tell
 * which shorter case applies, so its period is never shorter than the longest one.
 */
export const MIN_ACCESS_LOG_DAYS = 1_095;

/** The shortest period a kind may have. */
export function minimumRetentionDays(kind: RetentionKind): number {
  return kind === RetentionKind.ACCESS_LOGS ? MIN_ACCESS_LOG_DAYS : MIN_RETENTION_DAYS;
}

/** A period in whole days within the kind's bounds, or null (kept); otherwise BAD_USER_INPUT naming `days`. */
export function validRetentionDays(kind: RetentionKind, days: number | null): number | null {
  if (days === null) return null;
  if (!Number.isInteger(days)) throw DomainError.badInput([{ field: 'days', message: 'must be a whole number of days' }]);
  const minimum = minimumRetentionDays(kind);
  if (days < minimum || days > MAX_RETENTION_DAYS) {
    throw DomainError.badInput([{ field: 'days', message: `must be between ${minimum} and ${MAX_RETENTION_DAYS} days` }]);
  }
  return days;
}

/**
 * Records that ended before this instant are past a period of `days` at `now`: the start of
 * that day in Japan, so a day's records go together (a day's provision record and its
 * repeats, which point at it) and a run at 09:00 removes what a run at 17:00 would.
 */
export function retentionCutoff(now: Date, days: number): Date {
  return jstMidnight(addDays(jstDate(now), -days));
}
