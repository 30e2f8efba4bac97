import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorFacts } from '../../graphql/errors';

/**
 * Marks the fields the server refused (BAD_USER_INPUT), so each shows its own Japanese
 * sentence, as for a check made on the client: the server's texts are English and for
 * developers. A violation's field is a path such as `input.email` or
 * `supportMeetingAccessDays`; its last part names the form's field.
 */
export function showViolations<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[]): void {
  const facts = errorFacts(error);
  if (facts.code !== 'BAD_USER_INPUT') return;
  for (const violation of facts.violations) {
    const field = fields.find((name) => name === violation.field.split('.').pop());
    if (field) setError(field, { type: 'server' });
  }
}
