import { describe, expect, it } from 'vitest';
import { mayIntroduce, maySetSharedWithHost, needsEndReason, nextReferralStatuses } from './referral-status';

describe('a referral’s steps (the server’s machine)', () => {
  it('offers only the transitions the server accepts', () => {
    expect(nextReferralStatuses('PROPOSED')).toEqual(['AGREED', 'DECLINED']);
    expect(nextReferralStatuses('AGREED')).toEqual(['INTRODUCED', 'DECLINED']);
    expect(nextReferralStatuses('INTRODUCED')).toEqual(['STARTED', 'DECLINED']);
    expect(nextReferralStatuses('STARTED')).toEqual(['CONTINUING', 'ENDED']);
    expect(nextReferralStatuses('CONTINUING')).toEqual(['CONTINUING', 'ENDED']);
  });

  it('ends at 終了 and 見送り', () => {
    expect(nextReferralStatuses('ENDED')).toEqual([]);
    expect(nextReferralStatuses('DECLINED')).toEqual([]);
  });

  it('asks a reason for 終了 and 見送り only', () => {
    expect(needsEndReason('ENDED')).toBe(true);
    expect(needsEndReason('DECLINED')).toBe(true);
    expect(needsEndReason('STARTED')).toBe(false);
    expect(needsEndReason('CONTINUING')).toBe(false);
  });

  it('lets what the host may know change only before the introduction', () => {
    expect(maySetSharedWithHost('PROPOSED')).toBe(true);
    expect(maySetSharedWithHost('AGREED')).toBe(true);
    expect(maySetSharedWithHost('INTRODUCED')).toBe(false);
  });

  it('issues the introduction sheet from 本人同意 on, never for 提案 or 見送り', () => {
    expect(mayIntroduce('PROPOSED')).toBe(false);
    expect(mayIntroduce('AGREED')).toBe(true);
    expect(mayIntroduce('CONTINUING')).toBe(true);
    expect(mayIntroduce('ENDED')).toBe(true);
    expect(mayIntroduce('DECLINED')).toBe(false);
  });
});
