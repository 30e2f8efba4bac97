import { describe, expect, it } from 'vitest';
import { cellKey, consentFormSchema, endOfDay, provisionsOf, todayInJapan } from './consent-input';

describe('the consent grid as provisions', () => {
  it('groups the cells per recipient and effect, with the chosen purposes', () => {
    const cells = { [cellKey('a', 'HEALTH')]: 'PERMIT', [cellKey('a', 'HOUSING')]: 'PERMIT', [cellKey('a', 'LEGAL')]: 'DENY', [cellKey('b', 'HEALTH')]: '', [cellKey('c', 'FAMILY')]: 'PERMIT' } as const;
    expect(provisionsOf(cells, ['CASE_COORDINATION'])).toEqual([
      { effect: 'PERMIT', recipientAgencyIds: ['a'], recipientSectors: [], dataCategories: ['HEALTH', 'HOUSING'], purposes: ['CASE_COORDINATION'] },
      { effect: 'DENY', recipientAgencyIds: ['a'], recipientSectors: [], dataCategories: ['LEGAL'], purposes: ['CASE_COORDINATION'] },
      { effect: 'PERMIT', recipientAgencyIds: ['c'], recipientSectors: [], dataCategories: ['FAMILY'], purposes: ['CASE_COORDINATION'] },
    ]);
  });

  it('takes calendar days in Japan time', () => {
    expect(todayInJapan(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-02');
    expect(endOfDay('2027-03-31')).toBe('2027-03-31T23:59:59+09:00');
  });

  it('refuses an empty grid, no purpose, a future obtained date and a period ending before it starts', () => {
    const result = consentFormSchema.safeParse({
      method: 'WRITTEN', obtainedAt: '2999-01-01', validFrom: '2026-12-01', validUntil: '2026-11-30', evidenceNote: '', providerAgencyIds: [], purposes: [], cells: { x: '' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual(['errCells', 'errFuture', 'errPurposes', 'errUntil']);
  });
});
