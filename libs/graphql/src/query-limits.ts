import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  type ParseOptions,
  type SelectionSetNode,
  type Source,
  specifiedRules,
  validate,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination.js';

/** Bounds on what one operation may ask for, the same over HTTP and WebSocket. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 5_000,
  maxAliases: 15,
  maxTokens: 3_000,
  maxDirectives: 20,
} as const;

/** What a field costs in {@link queryCostRule}: a leaf, an object, and a page when `first` is not known before execution. */
export const QUERY_COST = { scalar: 1, object: 2, unknownPageSize: MAX_PAGE_SIZE } as const;

const DOCUMENT_CACHE_SIZE = 1_000;

export const SUBSCRIPTION_OVER_HTTP_MESSAGE = 'subscriptions are served over graphql-ws (the graphql-transport-ws protocol) at this path, not over HTTP';

/**
 * The limits as validation rules. graphql-armor's rules announce a rejection as a "Syntax
 * Error" (it is not: the document parsed) and throw it; here they report it to the
 * validation context as the client's mistake instead, so both transports answer it alike.
 */
function limitRules(): ValidationRule[] {
  const onReject = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'BAD_USER_INPUT' } }))];
  const reporting = { propagateOnRejection: false, onReject };
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ...reporting }),
    queryCostRule(QUERY_LIMITS.maxCost),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reporting }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, ...reporting }),
  ];
}

/**
 * The cost of an operation: 1 for each leaf, 2 for each object plus what is selected in it,
 * and a paginated field (one with a `first` argument) counts the items of its page (a
 * connection's `edges`, or the list itself) once per item it may return: the literal
 * `first`, the argument's default, or, for a variable (whose value validation cannot see),
 * the largest page. Aliased pages add up and a page within a page multiplies, so an
 * operation cannot ask for many pages at once; a single page of the largest size with the
 * fields a client shows fits. Unlike graphql-armor's rule, nesting itself is not penalised
 * (a Relay connection's `edges { node }` is two levels deep by design; the depth limit
 * bounds nesting), and a page size passed in a variable counts.
 */
export function queryCostRule(maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const variableDefaults = new Map((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue]));
      const cost = selectionCost(context, operation.selectionSet, root, variableDefaults, new Set(), 1);
      if (cost > maxCost) {
        context.reportError(new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`, { nodes: [operation], extensions: { code: 'BAD_USER_INPUT' } }));
      }
    },
  });
}

// `page`: within a connection, the number of items its lists (`edges`) may hold; else 1.
function selectionCost(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  defaults: ReadonlyMap<string, ValueNode | undefined>,
  fragmentsOnPath: ReadonlySet<string>,
  page: number,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(context, selection, parent, defaults, fragmentsOnPath, page);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
      cost += selectionCost(context, selection.selectionSet, type ?? parent, defaults, fragmentsOnPath, page);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A cycle or an unknown fragment is reported by graphql-js's own rules.
      if (!fragment || fragmentsOnPath.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
      cost += selectionCost(context, fragment.selectionSet, type, defaults, new Set([...fragmentsOnPath, name]), page);
    }
  }
  return cost;
}

function fieldCost(
  context: ValidationContext,
  field: FieldNode,
  parent: GraphQLNamedType,
  defaults: ReadonlyMap<string, ValueNode | undefined>,
  fragmentsOnPath: ReadonlySet<string>,
  page: number,
): number {
  // Introspection is governed by its own switch (off in production).
  if (field.name.value.startsWith('__')) return 0;
  if (!field.selectionSet) return QUERY_COST.scalar;
  const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
  if (!definition) return QUERY_COST.object;
  const isList = isListType(getNullableType(definition.type));
  const first = definition.args.find((arg) => arg.name === 'first');
  const size = first ? Math.max(1, pageSize(field.arguments?.find((arg) => arg.name.value === 'first')?.value, first.defaultValue, defaults)) : 1;
  const named = getNamedType(definition.type);
  // A paginated connection: its lists hold the page; a paginated list: it is the page.
  if (first && !isList) return QUERY_COST.object + selectionCost(context, field.selectionSet, named, defaults, fragmentsOnPath, size);
  const items = first ? size : isList ? page : 1;
  return items * (QUERY_COST.object + selectionCost(context, field.selectionSet, named, defaults, fragmentsOnPath, 1));
}

function pageSize(value: ValueNode | undefined, argumentDefault: unknown, defaults: ReadonlyMap<string, ValueNode | undefined>): number {
  if (!value) return typeof argumentDefault === 'number' ? argumentDefault : QUERY_COST.unknownPageSize;
  if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value.kind === Kind.VARIABLE) {
    const fallback = defaults.get(value.name.value);
    return fallback?.kind === Kind.INT ? Math.max(Number.parseInt(fallback.value, 10), QUERY_COST.unknownPageSize) : QUERY_COST.unknownPageSize;
  }
  // Any other literal is refused by validation; it fetches nothing.
  return 1;
}

/**
 * For Apollo (HTTP): the token limit applied by the parser itself (a document over it is a
 * syntax error, answered 400 like any other), the limits as validation rules, batched
 * requests refused, and subscriptions refused (they are served over graphql-ws).
 */
export function apolloQueryLimits(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: ParseOptions; allowBatchedHttpRequests: false } {
  const subscriptionsOverWebSocket: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation }) => {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            return Promise.reject(new GraphQLError(SUBSCRIPTION_OVER_HTTP_MESSAGE, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } }));
          }
          return Promise.resolve();
        },
      }),
  };
  return { plugins: [subscriptionsOverWebSocket], validationRules: limitRules(), parseOptions: { maxTokens: QUERY_LIMITS.maxTokens }, allowBatchedHttpRequests: false };
}

const PARSE_ERROR = Symbol('parseError');
type UnparsableDocument = DocumentNode & { [PARSE_ERROR]?: GraphQLError };

/**
 * For graphql-ws, which Apollo's rules do not reach: parsing bounded by tokens, validation
 * with the same limits (and, where introspection is off, the same refusal of it), and a
 * cache of parsed and validated documents (subscriptions repeat the same few queries). A
 * document that does not parse is handed on with its error, so that graphql-ws answers it as
 * a validation error instead of closing the socket.
 */
export function wsDocumentHandling(options: { introspection: boolean }): {
  parse: (source: string | Source) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
} {
  const parsed = new Map<string, DocumentNode>();
  const validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const rules = [...specifiedRules, ...limitRules(), ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  return {
    parse: (input) => {
      const source = typeof input === 'string' ? input : input.body;
      const cached = parsed.get(source);
      if (cached) return cached;
      let document: UnparsableDocument;
      try {
        document = parse(source, { maxTokens: QUERY_LIMITS.maxTokens });
      } catch (error) {
        document = { kind: Kind.DOCUMENT, definitions: [], [PARSE_ERROR]: error instanceof GraphQLError ? error : new GraphQLError('Syntax Error') };
      }
      if (parsed.size >= DOCUMENT_CACHE_SIZE) parsed.delete(parsed.keys().next().value as string);
      parsed.set(source, document);
      return document;
    },
    validate: (schema, document) => {
      const parseError = (document as UnparsableDocument)[PARSE_ERROR];
      if (parseError) return [parseError];
      let errors = validated.get(document);
      if (!errors) {
        try {
          errors = validate(schema, document, rules);
        } catch (error) {
          // A rule that throws its rejection: Apollo reports it, graphql-ws would close the socket.
          if (!(error instanceof GraphQLError)) throw error;
          errors = [error];
        }
        validated.set(document, errors);
      }
      return errors;
    },
  };
}
