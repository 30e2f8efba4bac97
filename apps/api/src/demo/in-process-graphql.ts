import type { Actor } from '@renkei/access';
import { RequestLoaders } from '@renkei/graphql';
import { execute, parse, type GraphQLSchema } from 'graphql';

/**
 * Runs a GraphQL operation inside the process as a given actor, through the same resolvers,
 * guards and validation as a client's request. The demo uses it where a context keeps its
 * service to itself (consent, conferences export none): the served API is then the only way
 * in. Inside a transaction (Transactions.run) it joins that transaction like any service call.
 */
export class InProcessGraphQL {
  constructor(private readonly schema: () => GraphQLSchema) {}

  async run<T>(actor: Actor, source: string, variables: Record<string, unknown>): Promise<T> {
    const result = await execute({
      schema: this.schema(),
      document: parse(source),
      variableValues: variables,
      contextValue: { actor, loaders: new RequestLoaders(), clientAddress: null },
    });
    if (result.errors?.length || !result.data) {
      throw new Error(`Demo operation failed: ${JSON.stringify(result.errors?.map((e) => ({ message: e.message, code: e.extensions['code'], violations: e.extensions['violations'] })))}`);
    }
    return result.data as T;
  }
}
