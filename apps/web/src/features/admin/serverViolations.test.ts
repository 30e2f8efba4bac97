import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { showViolations } from './serverViolations';

const refused = (code: string, violations: { field: string; message: string }[] = []) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Bad input', extensions: { code, violations } }] });

describe('showViolations', () => {
  it('marks the refused fields by the last part of their path, and ignores fields the form lacks', () => {
    const setError = vi.fn();
    showViolations(refused('BAD_USER_INPUT', [{ field: 'input.email', message: 'must be an email address' }, { field: 'input.other', message: 'x' }]), setError, ['email', 'password']);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith('email', { type: 'server' });
  });

  it('leaves the fields alone for any other failure', () => {
    const setError = vi.fn();
    showViolations(refused('CONFLICT'), setError, ['email']);
    expect(setError).not.toHaveBeenCalled();
  });
});
