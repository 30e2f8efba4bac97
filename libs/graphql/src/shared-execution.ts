import {
  createSourceEventStream,
  execute,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { RequestLoaders, type LoadersContext } from './request-loaders.js';
import { Tally } from './tally.js';
import { isAsyncIterable } from './async-iterable.js';
import { isPromiseLike } from './promise-like.js';
import { isSteppingStream } from './stream-steps.js';

type Executed = ExecutionResult | Promise<ExecutionResult>;

/**
 * graphql-ws's `subscribe`, executing an event's selection once for every subscriber who
 * receives the same event object with the same document and variables, instead of once per
 * subscriber: a fan-out to thousands costs one execution. Shared only where nothing below
 * the subscription field has a resolver of its own, so the result is a function of the event
 * alone (a field that loads data for the subscriber, through the access door, is executed per
 * subscriber as before). Which events a subscriber receives is decided before, in its own
 * stream, per subscriber: sharing never widens what anyone sees. `deliveries` counts each
 * delivery as `executed` or `shared` (for the metrics).
 */
export function sharedExecutionSubscribe(deliveries = new Tally()): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const payloadOnly = new WeakMap<DocumentNode, Map<string, boolean>>();
  // Event object → document → operation and variables → the result: dropped with the event.
  const results = new WeakMap<object, WeakMap<DocumentNode, Map<string, Executed>>>();

  const shareable = (args: ExecutionArgs): boolean => {
    const byOperation = payloadOnly.get(args.document) ?? new Map<string, boolean>();
    payloadOnly.set(args.document, byOperation);
    const name = args.operationName ?? '';
    let answer = byOperation.get(name);
    if (answer === undefined) {
      answer = selectsPayloadOnly(args.schema, args.document, args.operationName);
      byOperation.set(name, answer);
    }
    return answer;
  };

  const executeOwn = (args: ExecutionArgs, payload: unknown): Executed => {
    deliveries.add('executed');
    return execute({ ...args, rootValue: payload, contextValue: forOneEvent(args.contextValue) });
  };

  // `key`: the operation and its variables, the same for every event of one subscription.
  const executeShared = (args: ExecutionArgs, key: string, payload: unknown): Executed => {
    if (typeof payload !== 'object' || payload === null) return executeOwn(args, payload);
    let byDocument = results.get(payload);
    if (!byDocument) results.set(payload, (byDocument = new WeakMap()));
    let byRequest = byDocument.get(args.document);
    if (!byRequest) byDocument.set(args.document, (byRequest = new Map()));
    const shared = byRequest.get(key);
    if (shared) {
      deliveries.add('shared');
      return shared;
    }
    const result = executeOwn(args, payload);
    byRequest.set(key, result);
    return result;
  };

  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    if (!shareable(args)) return mapStream(stream, (payload) => executeOwn(args, payload));
    const key = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
    return mapStream(stream, (payload) => executeShared(args, key, payload));
  };
}

// The fields of a schema that read their parent, as `Type.field`, taken when the schema was built.
const fieldsReadingParent = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/**
 * Notes which fields of `schema` read their parent, as the schema is built (the server's
 * `transformSchema`): should a plugin hook into field resolution, Apollo Server wraps every
 * resolver of the schema in place, after which a property read can no longer be told from a
 * resolver of its own.
 */
export function recordFieldsReadingParent(schema: GraphQLSchema): GraphQLSchema {
  fieldsReadingParent.set(schema, readingParent(schema));
  return schema;
}

function readingParent(schema: GraphQLSchema): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) if (readsParent(field.resolve)) fields.add(`${type.name}.${field.name}`);
  }
  return fields;
}

/**
 * The subscription's context for one event, with loaders of its own. A subscription's context
 * lives as long as the subscription, and loaders keep what they loaded: without this, a later
 * event would show what the first one loaded (a task's first version, and whether the
 * subscriber could see it then) instead of what is true now.
 */
function forOneEvent(context: unknown): unknown {
  const loaders = (context as Partial<LoadersContext> | null)?.loaders;
  // Assigned, not spread with a key after it: that costs about a microsecond on Node 20, for every delivery.
  return loaders instanceof RequestLoaders ? Object.assign({}, context, { loaders: new RequestLoaders() }) : context;
}

/**
 * Whether every field the operation selects below its root field is resolved by reading the
 * parent object (no resolver of its own), through fragments too.
 */
export function selectsPayloadOnly(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): boolean {
  const reads = fieldsReadingParent.get(schema) ?? readingParent(schema);
  const operation = getOperationAST(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  const pure = (type: GraphQLCompositeType, selections: SelectionSetNode, seen: Set<string>): boolean =>
    selections.selections.every((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        return on !== undefined && (isObjectType(on) || isAbstractType(on)) && pure(on, selection.selectionSet, seen);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) return fragment !== undefined;
        const on = schema.getType(fragment.typeCondition.name.value);
        return on !== undefined && (isObjectType(on) || isAbstractType(on)) && pure(on, fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
      if (selection.name.value === '__typename') return true;
      // An abstract type's fields are resolved on its concrete types: not followed, so not shared.
      if (!isObjectType(type)) return false;
      const field = type.getFields()[selection.name.value];
      if (!field || !reads.has(`${type.name}.${field.name}`)) return false;
      const named = getNamedType(field.type);
      return !selection.selectionSet || ((isObjectType(named) || isAbstractType(named)) && pure(named, selection.selectionSet, seen));
    });

  // The root field maps the event to its type (its resolver is the subscription's own); below it, nothing may resolve on its own.
  return operation.selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    const field = root.getFields()[selection.name.value];
    if (!field) return false;
    const named = getNamedType(field.type);
    return !selection.selectionSet || ((isObjectType(named) || isAbstractType(named)) && pure(named, selection.selectionSet, new Set()));
  });
}

/**
 * A field resolved by reading its parent: graphql-js's default, or the property read NestJS
 * gives every plain `@Field` (a `@ResolveField` replaces it with a resolver of its own). Should
 * NestJS rename it, nothing is shared any more (never the other way round), and the e2e test
 * of the task events' selection says so.
 */
function readsParent(resolve: unknown): boolean {
  return resolve === undefined || (typeof resolve === 'function' && resolve.name === 'rootFieldResolver');
}

/**
 * The stream's events mapped to results: by the stream itself when it takes steps (the
 * result then comes in the stream's own promise, with none of the mapping's), else by a
 * stream around it. That one is an iterator object, not an async generator: a generator
 * waiting for the next event could not be ended until one came, while here `return()`
 * reaches the source at once (what graphql-js's own mapping does). A class, so that each of
 * thousands of subscriptions holds its fields, not a set of closures.
 */
function mapStream(stream: AsyncIterable<unknown>, map: (payload: unknown) => Executed): AsyncIterableIterator<ExecutionResult> {
  if (isSteppingStream(stream)) return stream.through(map);
  return new MappedStream(stream[Symbol.asyncIterator](), map);
}

class MappedStream implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly map: (payload: unknown) => Executed,
  ) {}

  // Chained, not awaited: a waiting async function would hold a frame and a promise of its own.
  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.next().then((step) => this.mapped(step));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.return ? this.mapped(await this.source.return()) : { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    if (this.source.throw) return this.mapped(await this.source.throw(error));
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  // No promise of its own when the result is at hand (a shared one, or one executed without
  // waiting): a fan-out maps an event once per subscriber.
  private mapped(step: IteratorResult<unknown>): IteratorResult<ExecutionResult> | Promise<IteratorResult<ExecutionResult>> {
    if (step.done) return { done: true, value: undefined };
    const value = this.map(step.value);
    return isPromiseLike(value) ? value.then((result) => ({ done: false, value: result })) : { done: false, value };
  }
}
