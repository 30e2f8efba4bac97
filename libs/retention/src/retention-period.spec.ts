import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@renkei/kernel';
import { RetentionKind } from './retention-kind.js';
import { MAX_RETENTION_DAYS, MIN_ACCESS_LOG_DAYS, MIN_RETENTION_DAYS, retentionCutoff, validRetentionDays } from './retention-period.js';

function refusal(days: number, kind = RetentionKind.CLOSED_CASES): DomainError {
  try {
    validRetentionDays(kind, days);
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error(`${days} was accepted`);
}

describe('a retention period', () => {
  it('may be unset, meaning the data is kept', () => {
    expect(validRetentionDays(RetentionKind.CLOSED_CASES, null)).toBeNull();
  });

  it('accepts whole days within the bounds, the bounds included', () => {
    expect(validRetentionDays(RetentionKind.CLOSED_CASES, MIN_RETENTION_DAYS)).toBe(MIN_RETENTION_DAYS);
    expect(validRetentionDays(RetentionKind.EXPIRED_CONSENTS, 365 * 5)).toBe(1825);
    expect(validRetentionDays(RetentionKind.ACCESS_LOGS, MAX_RETENTION_DAYS)).toBe(MAX_RETENTION_DAYS);
  });

  it.each([0, -1, MIN_RETENTION_DAYS - 1, MAX_RETENTION_DAYS + 1, 30.5])('refuses %p days as BAD_USER_INPUT on the field days', (days) => {
    const error = refusal(days);
    expect(error.kind).toBe('BAD_USER_INPUT');
    expect(error.violations.map((v) => v.field)).toEqual(['days']);
  });

  it('keeps the access log (提供記録) at least 3 years', () => {
    expect(validRetentionDays(RetentionKind.ACCESS_LOGS, MIN_ACCESS_LOG_DAYS)).toBe(MIN_ACCESS_LOG_DAYS);
    expect(refusal(MIN_ACCESS_LOG_DAYS - 1, RetentionKind.ACCESS_LOGS).violations.map((v) => v.field)).toEqual(['days']);
  });

  it('puts the cutoff at the start of the day in Japan, whole days before today', () => {
    // 09:00 and 23:59 on 31 March in Tokyo: the same cutoff, midnight of 1 March JST.
    expect(retentionCutoff(new Date('2030-03-31T00:00:00Z'), 30).toISOString()).toBe('2030-02-28T15:00:00.000Z');
    expect(retentionCutoff(new Date('2030-03-31T14:59:00Z'), 30).toISOString()).toBe('2030-02-28T15:00:00.000Z');
    // Past midnight in Tokyo it is 1 April there.
    expect(retentionCutoff(new Date('2030-03-31T15:00:00Z'), 30).toISOString()).toBe('2030-03-01T15:00:00.000Z');
  });
});
