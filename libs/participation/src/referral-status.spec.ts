import { describe, expect, it } from '@jest/globals';
import { ReferralEndReason, ReferralStatus } from './referral-enums.js';
import { referralStepViolations, type ReferralStep } from './referral-status.js';

const step = (from: ReferralStatus, to: ReferralStatus, extra: Partial<ReferralStep> = {}): ReferralStep => ({ from, to, endReason: null, note: '', changesSharing: false, schedulesFollowUp: false, ...extra });
const fields = (s: ReferralStep) => referralStepViolations(s).map((v) => v.field);

describe('referral steps', () => {
  const allowed: [ReferralStatus, ReferralStatus][] = [
    [ReferralStatus.PROPOSED, ReferralStatus.AGREED],
    [ReferralStatus.AGREED, ReferralStatus.INTRODUCED],
    [ReferralStatus.INTRODUCED, ReferralStatus.STARTED],
    [ReferralStatus.STARTED, ReferralStatus.CONTINUING],
    [ReferralStatus.CONTINUING, ReferralStatus.CONTINUING],
  ];
  it.each(allowed)('%s → %s is allowed without a reason', (from, to) => {
    expect(fields(step(from, to))).toEqual([]);
  });

  it.each([ReferralStatus.PROPOSED, ReferralStatus.AGREED, ReferralStatus.INTRODUCED])('%s → DECLINED is allowed with a reason', (from) => {
    expect(fields(step(from, ReferralStatus.DECLINED, { endReason: ReferralEndReason.PERSON_WITHDREW }))).toEqual([]);
  });

  it.each([ReferralStatus.STARTED, ReferralStatus.CONTINUING])('%s → ENDED is allowed with a reason', (from) => {
    expect(fields(step(from, ReferralStatus.ENDED, { endReason: ReferralEndReason.GOAL_REACHED }))).toEqual([]);
  });

  it('refuses a skipped or backward step, naming both states in Japanese', () => {
    const [violation] = referralStepViolations(step(ReferralStatus.PROPOSED, ReferralStatus.STARTED));
    expect(violation).toEqual({ field: 'status', message: '「提案」から「参加開始」へは進められません' });
    expect(fields(step(ReferralStatus.STARTED, ReferralStatus.AGREED))).toEqual(['status']);
    expect(fields(step(ReferralStatus.STARTED, ReferralStatus.STARTED))).toEqual(['status']);
  });

  it('keeps ENDED and DECLINED final', () => {
    for (const from of [ReferralStatus.ENDED, ReferralStatus.DECLINED]) {
      for (const to of Object.values(ReferralStatus)) expect(fields(step(from, to, { endReason: ReferralEndReason.OTHER, note: 'x' }))).toContain('status');
    }
  });

  it('needs a reason to end or decline, and refuses one otherwise', () => {
    expect(fields(step(ReferralStatus.STARTED, ReferralStatus.ENDED))).toEqual(['endReason']);
    expect(fields(step(ReferralStatus.PROPOSED, ReferralStatus.AGREED, { endReason: ReferralEndReason.GOAL_REACHED }))).toEqual(['endReason']);
  });

  it('needs a note for OTHER', () => {
    expect(fields(step(ReferralStatus.STARTED, ReferralStatus.ENDED, { endReason: ReferralEndReason.OTHER, note: '  ' }))).toEqual(['note']);
    expect(fields(step(ReferralStatus.STARTED, ReferralStatus.ENDED, { endReason: ReferralEndReason.OTHER, note: '転居のため' }))).toEqual([]);
  });

  it('schedules no follow-up on a closing step', () => {
    expect(fields(step(ReferralStatus.STARTED, ReferralStatus.ENDED, { endReason: ReferralEndReason.GOAL_REACHED, schedulesFollowUp: true }))).toEqual(['followUpAt']);
    expect(fields(step(ReferralStatus.STARTED, ReferralStatus.CONTINUING, { schedulesFollowUp: true }))).toEqual([]);
  });

  it('lets what the host may know change only before the introduction', () => {
    expect(fields(step(ReferralStatus.PROPOSED, ReferralStatus.AGREED, { changesSharing: true }))).toEqual([]);
    expect(fields(step(ReferralStatus.AGREED, ReferralStatus.INTRODUCED, { changesSharing: true }))).toEqual([]);
    expect(fields(step(ReferralStatus.INTRODUCED, ReferralStatus.STARTED, { changesSharing: true }))).toEqual(['sharedWithHost']);
  });
});
