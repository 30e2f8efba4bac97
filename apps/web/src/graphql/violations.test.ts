import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { showViolations } from './violations';

const refused = (code: string, violations: { field: string; message: string }[] = []) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Bad input', extensions: { code, violations } }] });

describe('showViolations', () => {
  it('marks the refused fields by the last part of their path, and ignores fields the form lacks', () => {
    const setError = vi.fn();
    showViolations(refused('BAD_USER_INPUT', [{ field: 'input.email', message: 'must be an email address' }, { field: 'input.other', message: 'x' }]), setError, { fields: ['email', 'password'] });
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith('email', { type: 'server' });
  });

  it('without a field list, marks the path below input with the sentence for it', () => {
    const setError = vi.fn();
    showViolations(refused('BAD_USER_INPUT', [{ field: 'input.subject.fullNameKana', message: 'kana only' }]), setError, { messageFor: (path) => `bad ${path}` });
    expect(setError).toHaveBeenCalledWith('subject.fullNameKana', { type: 'server', message: 'bad subject.fullNameKana' });
  });

  it('leaves the fields alone for any other failure', () => {
    const setError = vi.fn();
    showViolations(refused('CONFLICT'), setError, { fields: ['email'] });
    expect(setError).not.toHaveBeenCalled();
  });
});
