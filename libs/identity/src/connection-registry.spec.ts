import { afterEach, describe, expect, it } from '@jest/globals';
import { EventBus } from '@renkei/graphql';
import { type AuthenticatedConnection, ConnectionRegistry, FORBIDDEN_CLOSE_CODE } from './connection-registry.js';

/** A connection whose socket notes how it was closed; `userId` and `expiresAt` as the identity hooks set them. */
function connection(userId?: string, expiresAt?: number) {
  const closes: [number, string][] = [];
  let told = () => undefined as void;
  const closed = new Promise<void>((resolve) => (told = resolve));
  const close = (code: number, reason: string) => {
    closes.push([code, reason]);
    told();
  };
  const open: AuthenticatedConnection = { extra: { socket: { close }, userId, expiresAt } };
  return { open, closes, closed };
}

describe('ConnectionRegistry', () => {
  let bus: EventBus;
  let registry: ConnectionRegistry;

  /** A registry on an in-process bus, reading `connections` as the server's. */
  function registryOf(connections: readonly AuthenticatedConnection[]): ConnectionRegistry {
    bus = new EventBus(null);
    registry = new ConnectionRegistry(bus);
    registry.track({ openConnections: () => connections });
    registry.onModuleInit();
    return registry;
  }

  afterEach(async () => {
    await registry.onApplicationShutdown();
    await bus.onApplicationShutdown();
  });

  it('closes a connection once its token has expired, never before, and none that never signed in', () => {
    const [due, later, anonymous] = [connection('u-1', 10_000), connection('u-1', 10_001), connection()];
    registryOf([due.open, later.open, anonymous.open]).closeExpired(9_999);
    expect([due.closes, later.closes, anonymous.closes]).toEqual([[], [], []]);

    registry.closeExpired(10_000);
    expect(due.closes).toEqual([[FORBIDDEN_CLOSE_CODE, 'Forbidden: token expired']]);
    expect([later.closes, anonymous.closes]).toEqual([[], []]);
  });

  it("closes every connection of a deactivated user, through the bus, and no one else's", async () => {
    const [first, second, other] = [connection('u-1', Infinity), connection('u-1', Infinity), connection('u-2', Infinity)];
    registryOf([first.open, other.open, second.open]);
    await registry.closeAllFor('u-1', 'user deactivated');
    // One pass closes them all, when the revocation comes back from the bus.
    await first.closed;
    expect([first.closes, second.closes]).toEqual([[[FORBIDDEN_CLOSE_CODE, 'Forbidden: user deactivated']], [[FORBIDDEN_CLOSE_CODE, 'Forbidden: user deactivated']]]);
    expect(other.closes).toEqual([]);
  });
});
