import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { CorsOptions } from '@nestjs/common/internal';
import helmet from 'helmet';

// A host as a browser sends it (name or IPv4, or a bracketed IPv6, with an optional port):
// anything else is left out of the policy rather than echoed into a header.
const HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

// The two <style> elements react-aria (under react-aria-components) adds, text for text:
// one makes pressable elements answer a tap at once, one stops scroll chaining under a
// modal on iOS. Allowed by their hashes rather than by 'unsafe-inline'; if an upgrade
// changes the first (on every page), the browser tests fail on the CSP violation.
const REACT_ARIA_STYLES = [
  '@layer {\n  [data-react-aria-pressable] {\n    touch-action: pan-x pan-y pinch-zoom;\n  }\n}',
  '@layer {\n  * {\n    overscroll-behavior: contain;\n  }\n}',
];
const styleHashes = REACT_ARIA_STYLES.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);

// graphql-ws on this server's own host; listed explicitly because older browsers do not
// count ws:/wss: as 'self'.
function sameHostSockets(request: IncomingMessage): string {
  const host = request.headers.host ?? '';
  return HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * Helmet's secure headers on every response, with a content security policy for the web
 * client: it loads only its own scripts, styles, fonts and images and talks only to this
 * server (HTTP and graphql-ws), so an injected script could neither load code nor send a
 * token elsewhere. The built client needs no inline script and no inline style but
 * react-aria's two (checked by the browser tests, which fail on a CSP violation);
 * `base-uri 'none'` as it uses no `<base>`.
 */
export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", ...styleHashes],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", (request) => sameHostSockets(request)],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * CORS for the origins an operator lists (CORS_ORIGINS), exactly those: the browser client
 * is served from the API's own origin and needs none, so with no list it stays off. The
 * token travels in the Authorization header, never in a cookie: no credentials mode.
 */
export function corsOptions(origins: readonly string[]): CorsOptions | null {
  if (origins.length === 0) return null;
  return {
    origin: [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    // So a page on a listed origin can show the id a caseworker quotes when reporting an error.
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  };
}
