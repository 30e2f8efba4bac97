import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorFacts } from './errors';

export interface ViolationTargets<T extends FieldValues> {
  /**
   * The form's fields, matched by a violation's last path part (`input.email` → `email`);
   * other violations are ignored. Without it, the path itself (less `input.`) is the field,
   * for forms that mirror the input (`subject.fullNameKana`).
   */
  readonly fields?: readonly Path<T>[];
  /** The sentence for a refused field; without it, the form shows that field's own check message. */
  readonly messageFor?: (path: string) => string;
}

/**
 * Marks the fields the server refused (BAD_USER_INPUT), so each shows its own Japanese
 * sentence, as for a check made on the client: the server's texts are English and for
 * developers. Any other failure leaves the fields alone.
 */
export function showViolations<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, { fields, messageFor }: ViolationTargets<T>): void {
  const facts = errorFacts(error);
  if (facts.code !== 'BAD_USER_INPUT') return;
  for (const violation of facts.violations) {
    const path = violation.field.replace(/^input\./, '');
    const field = fields ? fields.find((name) => name === path.split('.').pop()) : (path as Path<T>);
    if (field) setError(field, messageFor ? { type: 'server', message: messageFor(path) } : { type: 'server' });
  }
}
