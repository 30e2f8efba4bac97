import { describe, expect, it } from '@jest/globals';
import { DataCategory, DomainError } from '@renkei/kernel';
import { recordedAnswer } from './conference-request-rules.js';
import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';

const information = { kind: ConferenceRequestKind.INFORMATION, categories: [DataCategory.HOUSING, DataCategory.FINANCES] };
const attendance = { kind: ConferenceRequestKind.ATTENDANCE, categories: [] };

function failureOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('answering a chair’s request', () => {
  it('declines only with a reason, sharing nothing', () => {
    expect(failureOf(() => recordedAnswer(information, { accept: false })).violations).toEqual([{ field: 'reason', message: 'is required to decline' }]);
    expect(recordedAnswer(information, { accept: false, reason: '本人の意向' })).toEqual({ status: ConferenceRequestStatus.DECLINED, reason: '本人の意向', sharedCategories: [] });
  });

  it('shares every requested category when none is named', () => {
    expect(recordedAnswer(information, { accept: true }).sharedCategories).toEqual([DataCategory.HOUSING, DataCategory.FINANCES]);
  });

  it('shares only requested categories', () => {
    expect(recordedAnswer(information, { accept: true, categories: [DataCategory.FINANCES] }).sharedCategories).toEqual([DataCategory.FINANCES]);
    const failure = failureOf(() => recordedAnswer(information, { accept: true, categories: [DataCategory.HOUSING, DataCategory.HEALTH] }));
    expect(failure.kind).toBe('BAD_USER_INPUT');
    expect(failure.violations[0]?.field).toBe('categories');
  });

  it('accepts attendance without categories', () => {
    expect(recordedAnswer(attendance, { accept: true })).toEqual({ status: ConferenceRequestStatus.ACCEPTED, reason: null, sharedCategories: [] });
    expect(failureOf(() => recordedAnswer(attendance, { accept: true, categories: [DataCategory.HOUSING] })).kind).toBe('BAD_USER_INPUT');
  });
});
