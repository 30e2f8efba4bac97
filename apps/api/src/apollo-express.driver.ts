import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Injectable } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';

/**
 * Nest's Apollo driver on Express, without the drain plugin Nest always adds to it. That
 * plugin tracks every socket the server accepts, WebSockets included, a second time: a map
 * entry and a `once('close')` listener each (about 450 B an open connection, and the
 * listener grows each socket's close-listener list past the two it can hold without room to
 * spare), to drain what `shutdown.ts` drains already, requests in flight and every socket.
 * Otherwise Apollo is registered as Nest registers it.
 */
@Injectable()
export class ApolloExpressDriver extends ApolloDriver {
  protected override async registerExpress(options: ApolloDriverConfig): Promise<void> {
    const { path = '/graphql' } = options;
    const http = this.httpAdapterHost.httpAdapter;
    // As Nest does: Apollo refuses a request without a body, and Express 5 leaves a GET's unset.
    http.use(path, (request: { body?: unknown }, _response: unknown, next: () => void) => {
      request.body ??= {};
      next();
    });
    const server = new ApolloServer({ ...(options as ConstructorParameters<typeof ApolloServer>[0]) });
    await server.start();
    http.getInstance().use(path, expressMiddleware(server, { context: options.context }));
    this.apolloServer = server;
  }
}
