import { describe, expect, it } from 'vitest';
import { minDays, periodFormSchema } from './retention-form';

describe('the 保存期間 form', () => {
  const closedCases = periodFormSchema(minDays('CLOSED_CASES'));

  it('takes an empty period as "kept" and whole days within 30..36500 as the period', () => {
    expect(closedCases.parse({ days: ' ' })).toEqual({ days: null });
    expect(closedCases.parse({ days: '30' })).toEqual({ days: 30 });
    expect(closedCases.parse({ days: ' 1825 ' })).toEqual({ days: 1825 });
    expect(closedCases.parse({ days: '36500' })).toEqual({ days: 36500 });
  });

  it.each(['29', '36501', '0', '-30', '30.5', '三十'])('refuses %p with the check message key', (days) => {
    const result = closedCases.safeParse({ days });
    expect(result.success ? null : result.error.issues.map((issue) => issue.message)).toEqual(['daysInvalid']);
  });

  it('keeps the access log at least 1095 days (3 years)', () => {
    const accessLogs = periodFormSchema(minDays('ACCESS_LOGS'));
    expect(accessLogs.parse({ days: '1095' })).toEqual({ days: 1095 });
    expect(accessLogs.safeParse({ days: '1094' }).success).toBe(false);
  });
});
