import { HttpException, Logger } from '@nestjs/common';
import { DomainError, type FailureKind } from '@renkei/kernel';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQLErrors');

// Errors GraphQL itself raises on a malformed or invalid operation: the client's input.
const CLIENT_INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);
const MAX_MESSAGE_LENGTH = 500;

const HTTP_STATUS_KINDS: Readonly<Record<number, FailureKind>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/**
 * The single edge where failures become the contract's `extensions.code`. Only what the
 * client needs leaves: no stack traces, no SQL, no internal messages.
 */
export interface FormatOptions {
  hideSuggestions?: boolean;
  /** The id of the request in the log: an internal error names it, so a caseworker can quote it to an operator. */
  requestId?: string | undefined;
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, options: FormatOptions = {}): GraphQLFormattedError {
  const original = originalErrorOf(error);
  const where = { ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };

  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...where,
      extensions: {
        code: original.kind,
        ...(original.violations.length > 0 ? { violations: original.violations } : {}),
        ...(original.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    };
  }
  if (original instanceof HttpException && HTTP_STATUS_KINDS[original.getStatus()]) {
    return { message: original.message, ...where, extensions: { code: HTTP_STATUS_KINDS[original.getStatus()] } };
  }
  if (isAboutTheOperation(formatted, original)) {
    const message = options.hideSuggestions ? formatted.message.replace(/ Did you mean .*$/, '') : formatted.message;
    // The client's mistake (a document that does not parse or validate): worth a debug line, not an error with a stack.
    logger.debug(`Refused an operation (BAD_USER_INPUT): ${truncate(message)}`);
    return { message: truncate(message), ...where, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // The stack goes to the log only; the log line carries the request id the client is given
  // (the logger takes it from the request being served).
  const reference = options.requestId ? { requestId: options.requestId } : {};
  if (original instanceof Error) logger.error(original.message, original.stack);
  else logger.error(String(original));
  return { message: 'Internal server error', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR', ...reference } };
}

// Parse, validation and variable errors: Apollo tags them with a code; graphql-ws passes
// graphql-js's bare errors, recognisable as raised outside execution (no path, no cause).
function isAboutTheOperation(formatted: GraphQLFormattedError, original: unknown): boolean {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_INPUT_CODES.has(code)) return original instanceof GraphQLError || !(original instanceof Error);
  return original instanceof GraphQLError && !original.originalError && !formatted.path;
}

// Apollo and graphql-js wrap what a resolver threw; the original decides the code.
function originalErrorOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function truncate(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
}
