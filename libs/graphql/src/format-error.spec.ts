import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ForbiddenException, Logger } from '@nestjs/common';
import { DomainError } from '@renkei/kernel';
import { GraphQLError } from 'graphql';
import { formatGraphQLError } from './format-error.js';

// The edge logs unexpected errors; here they are the point of the test, not noise.
beforeAll(() => Logger.overrideLogger(false));

const wrapped = (original: Error): GraphQLError => new GraphQLError(original.message, { originalError: original, path: ['q'] });

describe('formatGraphQLError', () => {
  it('maps a domain error to its contract code and keeps the violations', () => {
    const error = DomainError.badInput([{ field: 'email', message: 'must be an email' }]);
    const out = formatGraphQLError(wrapped(error).toJSON(), wrapped(error));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', violations: [{ field: 'email', message: 'must be an email' }] });
    expect(out.path).toEqual(['q']);
  });

  it('maps a Nest HTTP exception by status', () => {
    const out = formatGraphQLError({ message: 'x' }, wrapped(new ForbiddenException()));
    expect(out.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('turns GraphQL validation failures into BAD_USER_INPUT', () => {
    const out = formatGraphQLError(
      { message: 'Field "nope" is not defined by type "CreateAgencyInput".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Field "nope" is not defined by type "CreateAgencyInput".'),
    );
    expect(out.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(out.message).toContain('nope');
  });

  it('hides everything about an unexpected error', () => {
    const leak = new Error('duplicate key value violates unique constraint "users_pkey" at /srv/app.js:1');
    const out = formatGraphQLError({ ...wrapped(leak).toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, wrapped(leak));
    expect(out).toEqual({ message: 'Internal server error', path: ['q'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('names the request of an unexpected error, so a caseworker can quote it, and logs the stack under it', () => {
    const logged = jest.spyOn(Logger.prototype, 'error');
    const leak = new Error('connection terminated');
    const out = formatGraphQLError(wrapped(leak).toJSON(), wrapped(leak), { requestId: 'req-12345678' });
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-12345678' });
    expect(JSON.stringify(out)).not.toContain('connection terminated');
    expect(logged).toHaveBeenCalledWith('connection terminated', leak.stack);
    logged.mockRestore();
  });

  it('gives no request id to errors that are the client\'s', () => {
    const out = formatGraphQLError({ message: 'x' }, wrapped(new ForbiddenException()), { requestId: 'req-12345678' });
    expect(out.extensions).toEqual({ code: 'FORBIDDEN' });
  });
});

describe('formatGraphQLError over graphql-ws', () => {
  it('treats graphql-js’s own validation errors (no code, no path) as BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "User".');
    expect(formatGraphQLError(error.toJSON(), error).extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('keeps an execution fault with a path internal', () => {
    const error = new GraphQLError('Cannot return null for non-nullable field User.email.', { path: ['me', 'email'] });
    expect(formatGraphQLError(error.toJSON(), error).extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });
});
