import { describe, expect, it } from 'vitest';
import { checkProgress, checkRefer, progressVariables, referInput, tomorrowInJapan, type ProgressForm, type ReferForm } from './referral-form';

// 2026-12-02 23:30 in Japan: the next day there begins in half an hour.
const NOW = new Date('2026-12-02T14:30:00Z');
const refer: ReferForm = { resourceId: 'r1', note: '', sharedWithHost: '', planRoleId: '', followUpOn: '', hostFollowUpOn: '' };
const progress: ProgressForm = { status: 'AGREED', endReason: '', note: '', sharedWithHost: '', followUpOn: '', hostFollowUpOn: '' };

describe('the referral forms', () => {
  it('counts days in Japan time', () => {
    expect(tomorrowInJapan(NOW)).toBe('2026-12-03');
    expect(tomorrowInJapan(new Date('2026-12-02T15:30:00Z'))).toBe('2026-12-04');
  });

  it('asks for a resource and follow-up days still ahead', () => {
    expect(checkRefer(refer, NOW)).toEqual({});
    expect(checkRefer({ ...refer, resourceId: null, followUpOn: '2026-12-02', hostFollowUpOn: '2026-1-5' }, NOW)).toEqual({
      resourceId: 'errResource',
      followUpOn: 'errFuture',
      hostFollowUpOn: 'errDate',
    });
    expect(checkRefer({ ...refer, note: 'あ'.repeat(2001), sharedWithHost: 'あ'.repeat(1001) }, NOW)).toEqual({ note: 'errNoteTooLong', sharedWithHost: 'errSharedTooLong' });
  });

  it('sends follow-up days as the start of the day in Japan, and blanks as null', () => {
    expect(referInput('c1', { ...refer, resourceId: 'r1', note: ' 見学から ', sharedWithHost: '  ', followUpOn: '2026-12-03' })).toEqual({
      caseId: 'c1',
      resourceId: 'r1',
      note: '見学から',
      sharedWithHost: null,
      followUpAt: '2026-12-03T00:00:00+09:00',
      hostFollowUpAt: null,
      planRoleId: null,
    });
  });

  it('asks a reason for 終了 and 見送り, and a note for その他', () => {
    expect(checkProgress({ ...progress, status: 'DECLINED' }, NOW)).toEqual({ endReason: 'errEndReason' });
    expect(checkProgress({ ...progress, status: 'ENDED', endReason: 'OTHER' }, NOW)).toEqual({ note: 'errNoteForOther' });
    expect(checkProgress({ ...progress, status: 'ENDED', endReason: 'GOAL_REACHED', followUpOn: '2020-01-01' }, NOW)).toEqual({});
    expect(checkProgress({ ...progress, followUpOn: '2026-12-02' }, NOW)).toEqual({ followUpOn: 'errFuture' });
  });

  it('sends the step against the version it was opened on', () => {
    const referral = { id: 'x', version: 3, status: 'PROPOSED' as const };
    expect(progressVariables(referral, { ...progress, status: 'AGREED', sharedWithHost: ' 食物アレルギーなし ', followUpOn: '2026-12-10' })).toEqual({
      id: 'x',
      status: 'AGREED',
      expectedVersion: 3,
      note: null,
      endReason: null,
      followUpAt: '2026-12-10T00:00:00+09:00',
      hostFollowUpAt: null,
      sharedWithHost: '食物アレルギーなし',
    });
    const started = { id: 'x', version: 5, status: 'STARTED' as const };
    expect(progressVariables(started, { ...progress, status: 'ENDED', endReason: 'GOAL_REACHED', followUpOn: '2026-12-10', sharedWithHost: 'x' })).toMatchObject({
      endReason: 'GOAL_REACHED',
      followUpAt: null,
      sharedWithHost: null,
    });
  });
});
