import { randomUUID } from 'node:crypto';

// A caller's id is kept only when it is short and made of characters that cannot forge a
// log line or a header (no spaces, quotes, control characters): a proxy's or a client's
// trace id passes, a crafted one gets a fresh uuid instead.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id to use: the caller's `X-Request-Id` when acceptable, otherwise a new uuid. */
export function requestIdFrom(header: string | readonly string[] | undefined): string {
  const offered = Array.isArray(header) ? header[0] : header;
  return typeof offered === 'string' && ACCEPTABLE.test(offered) ? offered : randomUUID();
}

export const REQUEST_ID_HEADER = 'X-Request-Id';
