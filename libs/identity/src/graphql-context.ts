import { createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AccessContext } from '@renkei/access';
import { AppConfig } from '@renkei/config';
import { type LoadersContext, RequestLoaders } from '@renkei/graphql';
import type { IncomingMessage } from 'node:http';
import { AuthService, type Session } from './auth.service.js';
import { TrustedProxies } from './client-address.js';
import type { ClosableSocket } from './connection-registry.js';

/** Where a request came from, for limits on failed sign-ins per address (null: not known, see {@link TrustedProxies}). */
export interface AddressContext {
  clientAddress: string | null;
}

/** The client address of the operation, or null when it is not known. */
export const ClientAddress = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | null => GqlExecutionContext.create(context).getContext<AddressContext>().clientAddress,
);

/** What Nest hands the context factory for an HTTP request. */
interface HttpContextSource {
  req: IncomingMessage;
}

/**
 * What graphql-ws hands it (and its hooks) for a WebSocket operation. The upgrade request and
 * the connection's parameters (the token) are let go once the connection is accepted
 * ({@link GraphQLContextFactory.release}): what the operations need of them, the client
 * address and the session the token proved, is taken at connect.
 */
export interface WsContextSource {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { socket: ClosableSocket; request: IncomingMessage | null; userId?: string; expiresAt?: number; clientAddress?: string | null };
}

/**
 * Identity for both transports. HTTP sends `Authorization: Bearer <token>`; graphql-ws
 * sends `{ authToken }` as connectionParams, is refused at connect time without a valid one
 * (close code 4403), and its session is checked again for every operation, so a token that
 * expired or a user deactivated since the socket opened gets nothing more.
 */
@Injectable()
export class GraphQLContextFactory {
  private readonly proxies: TrustedProxies;

  constructor(
    private readonly auth: AuthService,
    config: AppConfig,
  ) {
    this.proxies = new TrustedProxies(config.trustedProxies);
  }

  readonly create = async (source: HttpContextSource | WsContextSource): Promise<AccessContext & LoadersContext & AddressContext> => {
    const session = await this.sessionFor(source);
    const clientAddress = 'req' in source ? this.clientOf(source.req) : (source.extra.clientAddress ?? null);
    return { actor: session?.actor ?? null, loaders: new RequestLoaders(), clientAddress };
  };

  readonly onConnect = async (ctx: WsContextSource): Promise<boolean> => {
    const session = await this.auth.sessionFromToken(tokenOf(ctx));
    if (!session) return false;
    // Held by the connection, where the ConnectionRegistry finds them to close it when access
    // is taken away. The expiry in milliseconds: a number held for the socket's life, not a Date.
    ctx.extra.userId = session.actor.userId;
    ctx.extra.expiresAt = session.expiresAt.getTime();
    if (ctx.extra.request) ctx.extra.clientAddress = this.clientOf(ctx.extra.request);
    return true;
  };

  /**
   * Lets the upgrade request and the token go once the connection's hooks have read them:
   * thousands of open connections would otherwise each keep its headers and its token for
   * their whole life.
   */
  readonly release = (ctx: WsContextSource): void => {
    ctx.extra.request = null;
    ctx.connectionParams = undefined;
  };

  // HTTP: the request's token. WebSocket: the session its token proved at connect, still
  // unexpired and its user still active (the token's signature was checked then; the socket
  // cannot change it).
  private sessionFor(source: HttpContextSource | WsContextSource): Promise<Session | null> {
    if ('req' in source) return this.auth.sessionFromToken(tokenOf(source));
    const { userId, expiresAt } = source.extra;
    return userId && expiresAt ? this.auth.sessionOf(userId, expiresAt) : Promise.resolve(null);
  }

  // The peer, or the client a trusted proxy forwards for (TRUSTED_PROXIES).
  private clientOf(request: IncomingMessage): string | null {
    return this.proxies.clientOf(request).address;
  }
}

function tokenOf(source: HttpContextSource | WsContextSource): string | undefined {
  if ('req' in source) {
    const header = source.req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    return match?.[1];
  }
  const token = source.connectionParams?.['authToken'];
  return typeof token === 'string' ? token : undefined;
}
