import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { describe, expect, it } from '@jest/globals';
import { OperationTypeNode } from 'graphql';
import { capturedLog } from './captured-log.js';
import { requestLogPlugin, type ActorContext } from './request-log.plugin.js';
import { RequestScope, runInRequest } from './request-scope.js';

// Apollo's request contexts are large; the plugin reads only these parts of them.
type Started = Parameters<NonNullable<ReturnType<typeof requestLogPlugin>['requestDidStart']>>[0];
const started = (actor: ActorContext['actor']) => ({ contextValue: { actor } }) as unknown as Started;
const resolved = (operationName: string | null) => ({ operationName, operation: { operation: OperationTypeNode.QUERY } }) as unknown as GraphQLRequestContextDidResolveOperation<ActorContext>;
const answered = (codes: string[]) =>
  ({ response: { body: { kind: 'single', singleResult: { errors: codes.map((code) => ({ message: 'x', extensions: { code } })) } } } }) as unknown as GraphQLRequestContextWillSendResponse<ActorContext>;

async function run(actor: ActorContext['actor'], operationName: string | null, codes: string[]): Promise<Record<string, string>> {
  const scope = new RequestScope('req-12345678', capturedLog().logger);
  await runInRequest(scope, async () => {
    const listener = (await requestLogPlugin().requestDidStart?.(started(actor))) as GraphQLRequestListener<ActorContext>;
    await listener.didResolveOperation?.(resolved(operationName));
    await listener.willSendResponse?.(answered(codes));
  });
  return scope.summary(200);
}

describe('requestLogPlugin', () => {
  it('tells the request’s line the actor, the operation’s name and "ok"', async () => {
    expect(await run({ userId: 'user-1', agencyId: 'agency-1' }, 'UpsertSummary', [])).toEqual({ userId: 'user-1', agencyId: 'agency-1', operation: 'UpsertSummary', outcome: 'ok' });
  });

  it('names an anonymous operation by its type, and gives the error codes answered as the outcome', async () => {
    expect(await run(null, null, ['NOT_FOUND', 'FORBIDDEN'])).toEqual({ operation: 'anonymous query', outcome: 'FORBIDDEN,NOT_FOUND' });
  });

  it('does nothing outside a request (no scope to tell)', async () => {
    expect(await requestLogPlugin().requestDidStart?.(started(null))).toBeUndefined();
  });
});
