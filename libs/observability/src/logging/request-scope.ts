import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** Who asked: the actor a GraphQL context carries (typed by shape, the access layer is above this lib). */
export interface RequestActor {
  readonly userId: string;
  readonly agencyId: string;
}

/**
 * One request as its log line reports it, filled in as the request runs: the id at the door,
 * the actor and operation once GraphQL knows them, the outcome when the response is sent.
 */
export class RequestScope {
  private actor: RequestActor | null = null;
  private readonly operations: string[] = [];
  private readonly errorCodes = new Set<string>();
  private child: Logger | undefined;

  constructor(
    readonly id: string,
    private readonly parent: Logger,
  ) {}

  /** The logger of this request: every line it writes carries the request id. Made on first use, most requests writing no line of their own. */
  get log(): Logger {
    this.child ??= this.parent.child({ requestId: this.id });
    return this.child;
  }

  identify(actor: RequestActor | null | undefined): void {
    this.actor ??= actor ?? null;
  }

  /** A GraphQL operation of the request (a batch has several). */
  operation(name: string): void {
    this.operations.push(name);
  }

  failed(codes: Iterable<string>): void {
    for (const code of codes) this.errorCodes.add(code);
  }

  /**
   * The fields the request's line adds. The outcome is "ok", or the error codes the request
   * answered with (GraphQL answers most failures with status 200), or else the HTTP status.
   */
  summary(statusCode: number): Record<string, string> {
    const outcome = this.errorCodes.size > 0 ? [...this.errorCodes].sort().join(',') : statusCode >= 400 ? `HTTP_${statusCode}` : 'ok';
    return {
      ...(this.actor ? { userId: this.actor.userId, agencyId: this.actor.agencyId } : {}),
      ...(this.operations.length > 0 ? { operation: this.operations.join(',') } : {}),
      outcome,
    };
  }
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The request being served, from where its work runs (resolvers, formatters, loggers). */
export function currentRequest(): RequestScope | undefined {
  return scopes.getStore();
}

export function runInRequest<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}
