import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLErrorBody {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
  raw: string;
}

/** A plain GraphQL-over-HTTP client, like every other client of the API. */
export class GraphQLHttpClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  as(token: string): GraphQLHttpClient {
    return new GraphQLHttpClient(this.url, token);
  }

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await response.text();
    const body = JSON.parse(raw) as { data?: T | null; errors?: GraphQLErrorBody[] };
    return { status: response.status, ...body, raw };
  }

  /** The operation's data; fails the test with the errors if there were any. */
  async data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result.raw)}`);
    return result.data;
  }

  /** The operation's first error; fails the test if it succeeded. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorBody & { response: GraphQLResponse<unknown> }> {
    const result = await this.request(query, variables);
    const first = result.errors?.[0];
    if (!first) throw new Error(`Expected an error, got ${result.raw}`);
    return { ...first, response: result };
  }
}

/** The results of one subscription, collected as they arrive. */
export interface Collected<T> {
  readonly items: T[];
  /** Resolves with the first item (already received or to come) that matches, or fails after `timeoutMs`. */
  waitFor(predicate: (item: T) => boolean, timeoutMs?: number): Promise<T>;
  stop(): void;
}

/** A graphql-ws client that records how its socket closed. */
export interface TestWsClient {
  /** Starts a subscription; its `data` payloads are collected. */
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Collected<T>;
  readonly client: Client;
  /** Resolves with the close code once the socket closes. */
  readonly closed: Promise<number>;
  /** Resolves with the close code and reason once the socket closes. */
  readonly closedWith: Promise<{ code: number; reason: string }>;
  /** Resolves once the server has acknowledged the connection (graphql-ws `connection_ack`). */
  readonly connected: Promise<void>;
  /** Runs a query or mutation over the socket and resolves with its single result. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T | null; errors?: GraphQLErrorBody[] }>;
  dispose(): Promise<void>;
}

export function connectWs(url: string, token?: string): TestWsClient {
  let onClosed: (event: { code: number; reason: string }) => void = () => undefined;
  const closedWith = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const closed = closedWith.then(({ code }) => code);
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authToken: token },
    lazy: false,
    retryAttempts: 0,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClosed({ code, reason });
      },
    },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closed,
    closedWith,
    connected,
    subscribe: <T>(query: string, variables?: Record<string, unknown>) => collect<T>(client, query, variables),
    execute: <T>(query: string, variables?: Record<string, unknown>) =>
      new Promise<{ data?: T | null; errors?: GraphQLErrorBody[] }>((resolve, reject) => {
        let result: { data?: T | null; errors?: GraphQLErrorBody[] } | undefined;
        client.subscribe<T>(
          { query, variables: variables ?? {} },
          {
            next: (value) => (result = value as typeof result),
            error: (error) => (Array.isArray(error) ? resolve({ errors: error as GraphQLErrorBody[] }) : reject(toError(error))),
            complete: () => (result ? resolve(result) : reject(new Error('Completed without a result'))),
          },
        );
      }),
    dispose: () => Promise.resolve(client.dispose()),
  };
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  const code = (error as { code?: number }).code;
  return new Error(code ? `WebSocket closed with ${code}` : String(error));
}

function collect<T>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T> {
  const items: T[] = [];
  const waiters = new Set<() => void>();
  const stop = client.subscribe<T>(
    { query, variables: variables ?? {} },
    {
      next: (result) => {
        if (result.data) items.push(result.data as T);
        for (const wake of [...waiters]) wake();
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    items,
    stop,
    waitFor: (predicate, timeoutMs = 10_000) =>
      new Promise<T>((resolve, reject) => {
        const check = () => {
          const found = items.find(predicate);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching item within ${timeoutMs} ms; received ${JSON.stringify(items)}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
  };
}
