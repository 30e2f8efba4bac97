/**
 * The failure kinds a client can act on. They are exactly the API contract's
 * `extensions.code` values, so the GraphQL edge can map them without a lookup table.
 */
export type FailureKind = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

/** One invalid input field, named by its path in the operation's input (e.g. `input.email`). */
export interface FieldViolation {
  readonly field: string;
  readonly message: string;
}

/**
 * An expected failure of the domain. Services throw these, never HTTP exceptions; the
 * message is written for the client and must never carry another agency's data.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly violations: readonly FieldViolation[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    // Identical for "does not exist" and "you may not see it": see STYLE "not found, not forbidden".
    return new DomainError('NOT_FOUND', `${what} not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Authentication required'): DomainError {
    return new DomainError('UNAUTHENTICATED', message);
  }

  static conflict(message: string): DomainError {
    return new DomainError('CONFLICT', message);
  }

  static badInput(violations: readonly FieldViolation[]): DomainError {
    const summary = violations.map((v) => `${v.field}: ${v.message}`).join('; ');
    return new DomainError('BAD_USER_INPUT', `Invalid input: ${summary}`, violations);
  }
}
