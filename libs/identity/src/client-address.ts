import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * Who sent a request, as far as the server can tell. `address` is null when the peer is a
 * trusted proxy that did not say for whom it forwards: that address belongs to everyone
 * behind the proxy, not to one client.
 */
export interface ClientAddress {
  readonly address: string | null;
}

/** The configured reverse proxies (addresses, CIDR blocks); `X-Forwarded-For` counts only from them. */
export class TrustedProxies {
  private readonly list = new BlockList();
  private readonly empty: boolean;

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address = '', prefix] = entry.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) this.list.addAddress(address, type);
      else this.list.addSubnet(address, Number(prefix), type);
    }
    this.empty = entries.length === 0;
  }

  includes(address: string): boolean {
    if (this.empty) return false;
    const plain = normalise(address);
    const type = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
    return isIP(plain) !== 0 && this.list.check(plain, type);
  }

  /**
   * The client of `request`: the peer, unless the peer is a trusted proxy; then the nearest
   * address in `X-Forwarded-For` (read from the right) that is not itself a trusted proxy.
   * Entries further left were written by the client and prove nothing.
   */
  clientOf(request: IncomingMessage): ClientAddress {
    const peer = normalise(request.socket.remoteAddress ?? '');
    if (!this.includes(peer)) return { address: peer || null };
    const header = request.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((hop) => normalise(hop.trim()))
      .filter((hop) => hop !== '');
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i] as string;
      if (isIP(hop) === 0) return { address: null };
      if (!this.includes(hop)) return { address: hop };
    }
    return { address: null };
  }
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
