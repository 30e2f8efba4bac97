import { Logger } from '@nestjs/common';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { execute, getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, handleProtocols, MessageType, parseMessage, type Context, type Message, type ServerOptions, type SubscribePayload } from 'graphql-ws';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { isAsyncIterable } from './async-iterable.js';
import { Operations } from './operations.js';
import { isPromiseLike } from './promise-like.js';
import { isSteppingStream, type Taker } from './stream-steps.js';

/** What the hooks get as the connection's `extra`, as graphql-ws's own ws adapter gives it. */
export interface WsExtra {
  readonly socket: WebSocket;
  /** The upgrade request; a hook may let it go (null) once it has read what it needs. */
  request: IncomingMessage | null;
}

type Params = Record<string, unknown> | undefined;
// graphql-ws's own option types: hooks see the connection as graphql-ws's Context, `extra` being a WsExtra.
type Hook<K extends keyof ServerOptions> = NonNullable<ServerOptions[K]>;
type Stream = AsyncIterableIterator<ExecutionResult>;

/**
 * What the server runs: the schema and the document handling, and graphql-ws's own hooks,
 * with graphql-ws's meaning and signatures (those this server has use for).
 */
export interface GraphQLWsOptions {
  schema: GraphQLSchema;
  parse: Hook<'parse'>;
  validate: Hook<'validate'>;
  subscribe: Hook<'subscribe'>;
  execute?: Hook<'execute'>;
  context: Extract<Hook<'context'>, (...args: never[]) => unknown>;
  onConnect: Hook<'onConnect'>;
  onClose?: Hook<'onClose'>;
  onOperation?: Hook<'onOperation'>;
  onNext?: Hook<'onNext'>;
  onError?: Hook<'onError'>;
  /** How long a socket may wait before sending `connection_init` (graphql-ws's default, 3 s). */
  connectionInitWaitMs?: number;
  /** How often every socket is pinged; one that has not answered the last ping by then is cut (graphql-ws's default, 12 s). */
  keepAliveMs?: number;
  /** The largest message a client may send (bytes); a larger one closes the socket with 1009. */
  maxPayload?: number;
}

/**
 * One socket's state; the hooks receive it as graphql-ws's `Context`, and as its `extra`
 * too (what a hook adds to `extra` is held in the connection, not in an object of its own).
 */
class Connection implements Context<Params, WsExtra>, WsExtra {
  connectionInitReceived = false;
  acknowledged = false;
  connectionParams?: Readonly<Record<string, unknown>>;
  // Null while the operation is being prepared (its id is taken), then its stream.
  readonly operations = new Operations<Stream | null>();
  initWait: NodeJS.Timeout | null = null;
  // The acceptance under way: a socket that closes meanwhile is reported closed after it.
  connecting: Promise<unknown> | null = null;

  constructor(
    readonly socket: WebSocket,
    public request: IncomingMessage | null,
  ) {}

  get extra(): WsExtra {
    return this;
  }

  /** graphql-ws's view of the operations, for a hook that reads them (a copy). */
  get subscriptions(): Record<string, Stream | null> {
    return this.operations.toRecord();
  }
}

/** Where a subscription's results go: the server's reading of it. */
interface Reader {
  took(subscription: Subscription, step: IteratorResult<ExecutionResult>): void;
  failed(subscription: Subscription, error: unknown): void;
}

/**
 * A subscription being read: its stream, and what its hooks are told of it. It takes its
 * stream's results itself (a stepping stream hands them over without a promise), so that an
 * idle subscription holds its fields, no more.
 */
class Subscription implements Taker<ExecutionResult> {
  constructor(
    private readonly reader: Reader,
    readonly connection: Connection,
    readonly id: string,
    readonly payload: SubscribePayload,
    readonly args: ExecutionArgs,
    readonly stream: Stream,
  ) {}

  /** Whether it still runs: not completed by the client nor by its socket closing. */
  get current(): boolean {
    return this.connection.operations.get(this.id) === this.stream;
  }

  took(step: IteratorResult<ExecutionResult>): void {
    this.reader.took(this, step);
  }

  failed(error: unknown): void {
    this.reader.failed(this, error);
  }
}

// A delivery waits for the socket to write what it holds beyond this before taking the next
// event (graphql-ws waits after every message): a reader that keeps up costs no callback.
const HIGH_WATER_BYTES = 1 << 20;

/**
 * The server side of graphql-ws's protocol (graphql-transport-ws) on `ws` sockets, in place of
 * graphql-ws's `makeServer` and `useServer`: the same messages, close codes and hooks, the
 * stock graphql-ws client on the other end. What it does differently is what a connection
 * holds and what a delivery costs, with tens of thousands connected. graphql-ws keeps per
 * connection two timers and a dozen closures, and per subscription an async loop suspended
 * for the subscription's life; every message is validated and serialised again for each
 * socket, so a fan-out of one shared result serialised the same payload once per subscriber.
 * Here a connection is one object, the sockets share their listeners and one keep-alive
 * sweep, a subscription is its stream and the callback that takes its next event, and the
 * payload of a `next` message is serialised once per result object, however many receive it.
 */
export class GraphQLWsServer {
  private readonly logger = new Logger('GraphQLWs');
  private readonly sockets: WebSocketServer;
  // The open sockets, each until its close is reported: ws's own tracking of its clients
  // (clientTracking) would add a set and a close listener with its closure for each.
  private readonly connections = new Map<WebSocket, Connection>();
  private allClosed: (() => void) | null = null;
  // Sockets pinged by the last sweep that have not answered yet.
  private readonly awaitingPong = new Set<WebSocket>();
  private readonly serialised = new WeakMap<object, string>();
  private readonly keepAlive: NodeJS.Timeout;
  private readonly execute: Hook<'execute'>;
  private detach: () => void = () => undefined;

  // Shared by every subscription, which hands its stream's results here.
  private readonly reader: Reader = {
    took: (subscription, step) => this.took(subscription, step),
    failed: (subscription, error) => this.streamFailed(subscription, error),
  };

  constructor(private readonly options: GraphQLWsOptions) {
    this.execute = options.execute ?? execute;
    this.sockets = new WebSocketServer({ noServer: true, clientTracking: false, handleProtocols, maxPayload: options.maxPayload ?? 100 * 1024 * 1024, WebSocket: reportingTo((socket, event, first, second) => this.reported(socket, event, first, second)) });
    this.keepAlive = setInterval(() => this.sweep(), options.keepAliveMs ?? 12_000);
    this.keepAlive.unref();
  }

  /** Takes the WebSocket upgrades of `server` on `path`; any other upgrade is answered 404. */
  listen(server: Server, path: string): void {
    const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if ((request.url ?? '').split('?')[0] !== path) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      this.sockets.handleUpgrade(request, socket, head, (ws) => this.opened(ws, request));
    };
    server.on('upgrade', upgrade);
    this.detach = () => server.off('upgrade', upgrade);
  }

  /**
   * Every connection whose socket has not yet reported its close, acknowledged or not: what
   * the registries that look connections up read (who is connected, whose token expired),
   * rather than keeping entries of their own for each.
   */
  openConnections(): IterableIterator<Context<Params, WsExtra>> {
    return this.connections.values();
  }

  /** Cuts every socket at once, without the closing handshake: a stop whose grace is over. */
  terminateAll(): void {
    for (const socket of this.connections.keys()) socket.terminate();
  }

  /** Closes every socket with 1001 "Going away" and waits until they have closed. */
  async close(): Promise<void> {
    this.detach();
    clearInterval(this.keepAlive);
    for (const socket of this.connections.keys()) socket.close(1001, 'Going away');
    if (this.connections.size > 0) await new Promise<void>((resolve) => (this.allClosed = resolve));
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
  }

  private opened(socket: WebSocket, request: IncomingMessage): void {
    const connection = new Connection(socket, request);
    this.connections.set(socket, connection);
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    connection.initWait = setTimeout(() => {
      connection.initWait = null;
      if (!connection.connectionInitReceived) socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }, this.options.connectionInitWaitMs ?? 3_000);
  }

  /** What a socket reports (see `reportingTo`): false for what the server does not listen to. */
  private reported(socket: WebSocket, event: string | symbol, first: unknown, second: unknown): boolean {
    switch (event) {
      case 'message':
        this.received(socket, first as RawData);
        return true;
      case 'close':
        this.closed(socket, first as number, String(second));
        return true;
      case 'pong':
        this.awaitingPong.delete(socket);
        return true;
      // ws closes a socket on an error of its own (a bad frame: 1002, too large: 1009) and then
      // reports the close; an error without a listener would end the process.
      case 'error':
        this.logger.debug(`WebSocket closed on a client's error: ${messageOf(first)}`);
        return true;
      default:
        return false;
    }
  }

  private received(socket: WebSocket, data: RawData): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    let message: Message;
    try {
      message = parseMessage(String(data));
    } catch {
      socket.close(CloseCode.BadRequest, 'Invalid message received');
      return;
    }
    try {
      this.handle(connection, message)?.catch((error: unknown) => this.failed(connection, error));
    } catch (error) {
      // Thrown out of a listener, it would end the process.
      this.failed(connection, error);
    }
  }

  /** Answers one message: a promise when the answer is not immediate. */
  private handle(connection: Connection, message: Message): Promise<void> | void {
    const { socket } = connection;
    switch (message.type) {
      case MessageType.ConnectionInit:
        if (connection.connectionInitReceived) return socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
        connection.connectionInitReceived = true;
        if (connection.initWait) clearTimeout(connection.initWait);
        connection.initWait = null;
        if (isRecord(message.payload)) connection.connectionParams = message.payload;
        return this.accept(connection);
      case MessageType.Ping:
        return this.send(socket, JSON.stringify(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong }));
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        if (!connection.acknowledged) return socket.close(CloseCode.Unauthorized, 'Unauthorized');
        if (connection.operations.has(message.id)) return socket.close(CloseCode.SubscriberAlreadyExists, closeReason(`Subscriber for ${message.id} already exists`, 'Subscriber already exists'));
        connection.operations.set(message.id, null);
        return this.operate(connection, message.id, message.payload).finally(() => {
          // Ended before its stream was taken (an error, a single result): its id is free again.
          if (connection.operations.get(message.id) === null) connection.operations.delete(message.id);
        });
      case MessageType.Complete: {
        const stream = connection.operations.get(message.id);
        connection.operations.delete(message.id);
        void stream?.return?.();
        return;
      }
      default:
        // A server's message from a client (validated, so of a known type).
        return socket.close(CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  private async accept(connection: Connection): Promise<void> {
    const connecting = Promise.resolve(this.options.onConnect(connection));
    connection.connecting = connecting;
    const permitted = await connecting.finally(() => (connection.connecting = null));
    if (permitted === false) return connection.socket.close(CloseCode.Forbidden, 'Forbidden');
    connection.acknowledged = true;
    this.send(connection.socket, JSON.stringify(isRecord(permitted) ? { type: MessageType.ConnectionAck, payload: permitted } : { type: MessageType.ConnectionAck }));
  }

  /** Prepares and runs one operation: a subscription's stream is then read event by event. */
  private async operate(connection: Connection, id: string, payload: SubscribePayload): Promise<void> {
    const { schema } = this.options;
    const document = this.options.parse(payload.query);
    const invalid = this.options.validate(schema, document);
    if (invalid.length > 0) return this.sendErrors(connection, id, payload, invalid);
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return this.sendErrors(connection, id, payload, [new GraphQLError('Unable to identify operation')]);
    const args: ExecutionArgs = { schema, document, operationName: payload.operationName, variableValues: payload.variables };
    args.contextValue = await this.options.context(connection, id, payload, args);
    let result = await (operation.operation === 'subscription' ? this.options.subscribe : this.execute)(args);
    result = (await this.options.onOperation?.(connection, id, payload, args, result)) ?? result;
    if (!isAsyncIterable<ExecutionResult>(result)) {
      if (!connection.operations.has(id)) return;
      await this.sendNext(connection, id, payload, args, result);
      return this.complete(connection, id);
    }
    // Only `next` and `return` are called: a stream is its own iterator in graphql-js and here.
    const stream = result[Symbol.asyncIterator]() as Stream;
    // Completed by the client, or the socket closed, while it was being prepared.
    if (connection.operations.get(id) !== null) return void stream.return?.();
    connection.operations.set(id, stream);
    // Its text as the document holds it: with a document cache, one string for every
    // subscription to that document, not each message's own for the subscription's life.
    const kept = { ...payload, query: document.loc?.source.body ?? payload.query };
    this.read(new Subscription(this.reader, connection, id, kept, args, stream));
  }

  /** Takes the stream's next event, sends it, and comes back for the one after, while the subscription lasts. */
  private read(subscription: Subscription): void {
    const { stream } = subscription;
    if (isSteppingStream(stream)) return stream.nextTo(subscription);
    stream.next().then(
      (step) => subscription.took(step),
      (error: unknown) => subscription.failed(error),
    );
  }

  // Called as a stream hands the result over, maybe while its bus is handing the event to
  // the other subscribers: whatever goes wrong here is this subscription's, never thrown.
  private took(subscription: Subscription, step: IteratorResult<ExecutionResult>): void {
    const { connection, id, payload, args } = subscription;
    if (!subscription.current) return;
    try {
      if (step.done) return this.complete(connection, id);
      const sent = this.sendNext(connection, id, payload, args, step.value);
      if (!sent) return this.read(subscription);
      sent.then(
        () => subscription.current && this.read(subscription),
        (error: unknown) => this.failed(connection, error),
      );
    } catch (error) {
      this.failed(connection, error);
    }
  }

  // A stream that fails ends its subscription with an error message (graphql-ws's, formatted by onError).
  private streamFailed(subscription: Subscription, error: unknown): void {
    const { connection, id, payload } = subscription;
    if (!subscription.current) return;
    const cause = error instanceof Error ? error : new Error(String(error));
    this.sendErrors(connection, id, payload, [new GraphQLError(cause.message, { originalError: cause })]).then(
      () => subscription.current && connection.operations.delete(id),
      (failure: unknown) => this.failed(connection, failure),
    );
  }

  /**
   * Sends a result: a promise when onNext's answer must be waited for, or the socket must
   * write what it holds first.
   */
  private sendNext(connection: Connection, id: string, payload: SubscribePayload, args: ExecutionArgs, result: ExecutionResult): Promise<void> | void {
    const formatted = this.options.onNext?.(connection, id, payload, args, result);
    if (isPromiseLike(formatted)) return Promise.resolve(formatted).then((awaited) => this.sendNextFormatted(connection, id, awaited ?? formattedOf(result)));
    return this.sendNextFormatted(connection, id, formatted ?? formattedOf(result));
  }

  private sendNextFormatted(connection: Connection, id: string, result: FormattedExecutionResult): Promise<void> | void {
    const { socket } = connection;
    if (socket.readyState !== socket.OPEN) return;
    const text = `{"id":${JSON.stringify(id)},"type":"next","payload":${this.payloadJson(result)}}`;
    if (socket.bufferedAmount <= HIGH_WATER_BYTES) return socket.send(text);
    return new Promise((resolve) => socket.send(text, () => resolve()));
  }

  private async sendErrors(connection: Connection, id: string, payload: SubscribePayload, errors: readonly GraphQLError[]): Promise<void> {
    if (!connection.operations.has(id)) return;
    const formatted = (await this.options.onError?.(connection, id, payload, errors)) ?? errors.map((error) => error.toJSON());
    this.send(connection.socket, JSON.stringify({ id, type: MessageType.Error, payload: formatted }));
  }

  private complete(connection: Connection, id: string): void {
    if (!connection.operations.has(id)) return;
    connection.operations.delete(id);
    this.send(connection.socket, JSON.stringify({ id, type: MessageType.Complete }));
  }

  // Results are not changed once made: the same object is the same text.
  private payloadJson(result: FormattedExecutionResult): string {
    let json = this.serialised.get(result);
    if (json === undefined) this.serialised.set(result, (json = JSON.stringify(result)));
    return json;
  }

  private send(socket: WebSocket, text: string): void {
    if (socket.readyState === socket.OPEN) socket.send(text);
  }

  private closed(socket: WebSocket, code: number, reason: string): void {
    const connection = this.connections.get(socket);
    this.connections.delete(socket);
    this.awaitingPong.delete(socket);
    if (this.connections.size === 0) this.allClosed?.();
    if (!connection) return;
    if (connection.initWait) clearTimeout(connection.initWait);
    for (const stream of connection.operations.takeAll()) void stream?.return?.();
    // A socket closing while it is accepted is reported closed once the acceptance is done,
    // so that what accepting registered is undone.
    const report = () => this.options.onClose?.(connection, code, reason);
    const reported = connection.connecting ? connection.connecting.then(report, report) : report();
    if (isPromiseLike(reported)) Promise.resolve(reported).catch((error: unknown) => this.logger.error(`Closing a WebSocket failed: ${messageOf(error)}`));
  }

  /** A hook or an execution failed unexpectedly: logged here, the client told no more than that. */
  private failed(connection: Connection, error: unknown): void {
    this.logger.error(`Internal error on a WebSocket: ${messageOf(error)}`, error instanceof Error ? error.stack : undefined);
    connection.socket.close(CloseCode.InternalServerError, 'Internal server error');
  }

  /** Pings every socket; one that did not answer the previous ping is cut. */
  private sweep(): void {
    for (const socket of this.awaitingPong) socket.terminate();
    this.awaitingPong.clear();
    for (const socket of this.connections.keys()) {
      if (socket.readyState !== socket.OPEN) continue;
      this.awaitingPong.add(socket);
      socket.ping();
    }
  }
}

type Report = (socket: WebSocket, event: string | symbol, first: unknown, second: unknown) => boolean;

/**
 * ws's socket, its events reported to the server by one function: listeners added to each
 * socket would give every connection a table of them (about 250 bytes) for the same four
 * handlers. ws makes the server's sockets of this class (its `WebSocket` option) and tells of
 * a socket's events only through `emit`, with two arguments at most. An event the server does
 * not take still reaches any listener of its own.
 */
function reportingTo(report: Report): typeof WebSocket {
  return class ReportingSocket extends WebSocket {
    override emit(event: string | symbol, first?: unknown, second?: unknown): boolean {
      return report(this, event, first, second) || super.emit(event, first, second);
    }
  };
}

// A result without errors as it is (a shared one keeps its identity, so its text is made once).
function formattedOf(result: ExecutionResult): FormattedExecutionResult {
  if (!result.errors) return result as FormattedExecutionResult;
  const { errors, ...rest } = result;
  return { ...rest, errors: errors.map((error) => error.toJSON()) };
}

// A close frame's reason is at most 123 bytes; ws throws on a longer one.
function closeReason(reason: string, whenTooLong: string): string {
  return Buffer.byteLength(reason) <= 123 ? reason : whenTooLong;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
