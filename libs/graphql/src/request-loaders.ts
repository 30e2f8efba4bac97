import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/**
 * Batching per GraphQL operation: a field resolved for every item of a list (an agency per
 * summary, a user per audit event) costs one query, not one per item. Lives in the
 * operation's context, so nothing is cached across callers.
 */
export class RequestLoaders {
  // Made at the first load: a subscription keeps its context for its life, mostly without one.
  private loaders: Map<string, DataLoader<string, unknown>> | null = null;

  get<V>(name: string, batch: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>): DataLoader<string, V | null> {
    this.loaders ??= new Map();
    let loader = this.loaders.get(name) as DataLoader<string, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V | null>(async (ids) => {
        const found = await batch(ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

export interface LoadersContext {
  loaders: RequestLoaders;
}

/** The operation's {@link RequestLoaders}. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestLoaders => GqlExecutionContext.create(context).getContext<LoadersContext>().loaders,
);
