import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, parse, type GraphQLSchema, type Source, specifiedRules, validate, type ValidationRule } from 'graphql';

/** Bounds on what one operation may ask for, the same over HTTP and WebSocket. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 5_000,
  maxAliases: 15,
  maxTokens: 3_000,
  maxDirectives: 20,
} as const;

const DOCUMENT_CACHE_SIZE = 1_000;

/** For Apollo (HTTP): graphql-armor's plugins and rules; batched requests refused. */
export function apolloQueryLimits(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; allowBatchedHttpRequests: false } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Suggestions are hidden by the error formatter, for both transports.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // graphql-armor's declarations name @apollo/server's CommonJS types; the plugin objects are the same.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules, allowBatchedHttpRequests: false };
}

const PARSE_ERROR = Symbol('parseError');
type UnparsableDocument = DocumentNode & { [PARSE_ERROR]?: GraphQLError };

/**
 * For graphql-ws, which Apollo's rules do not reach: parsing bounded by tokens, validation
 * with the same limits, and a cache of parsed and validated documents (subscriptions repeat
 * the same few queries). A document that does not parse is handed on with its error, so that
 * graphql-ws answers it as a validation error instead of closing the socket.
 */
export function wsDocumentHandling(): { parse: (source: string | Source) => DocumentNode; validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[] } {
  const parsed = new Map<string, DocumentNode>();
  const validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const rules = [
    ...specifiedRules,
    maxDepthRule({ n: QUERY_LIMITS.maxDepth }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives }),
  ];
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
          // graphql-armor's rules throw their rejection; Apollo reports it, graphql-ws would close the socket.
          if (!(error instanceof GraphQLError)) throw error;
          errors = [error];
        }
        validated.set(document, errors);
      }
      return errors;
    },
  };
}
