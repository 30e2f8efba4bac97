import { describe, expect, it } from 'vitest';
import { emptyHostSupportForm, hostSupportFormSchema, toRecordHostSupportInput, type HostSupportForm, type HostSupportFormError } from './host-support-form';
import { m } from './messages';

const errorsOf = (form: HostSupportForm) => {
  const result = hostSupportFormSchema.safeParse(form);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the 支援を記録する form', () => {
  it('starts on today, no kind, no follow-up', () => {
    expect(emptyHostSupportForm('2026-12-02')).toEqual({ kind: '', supportedOn: '2026-12-02', note: '', needsFollowUp: false });
  });

  it('maps a checked form to the API input, the note trimmed', () => {
    const form = { kind: 'VISIT', supportedOn: '2026-11-30', note: ' 受け入れの流れを一緒に確認した ', needsFollowUp: true };
    expect(errorsOf(form)).toEqual({});
    expect(toRecordHostSupportInput('r1', form)).toEqual({ resourceId: 'r1', kind: 'VISIT', supportedOn: '2026-11-30', note: '受け入れの流れを一緒に確認した', needsFollowUp: true });
  });

  it('refuses no kind, a blank note, a future or broken day and a note over 2000 characters', () => {
    expect(errorsOf({ kind: '', supportedOn: '2999-01-01', note: '  ', needsFollowUp: false })).toEqual({ kind: 'errKind', supportedOn: 'errFuture', note: 'errRequired' });
    expect(errorsOf({ kind: 'OTHER', supportedOn: '2026-02-30', note: 'あ'.repeat(2001), needsFollowUp: false })).toEqual({ supportedOn: 'errDate', note: 'errTooLong' });
  });

  it('has a sentence for every check', () => {
    const keys: HostSupportFormError[] = ['errRequired', 'errTooLong', 'errDate', 'errFuture', 'errKind'];
    expect(keys.filter((key) => !m[key])).toEqual([]);
  });
});
