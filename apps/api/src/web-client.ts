import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

interface Request {
  method: string;
  path: string;
  accepts(type: string): string | false;
}
interface Response {
  setHeader(name: string, value: string): void;
  sendFile(path: string): void;
}

// The API's own paths; everything else that asks for a page is the client's to route.
const API_PATHS = /^\/(graphql|health|metrics)(\/|$)/;

/** Whether `folder` holds a built web client. */
export function hasWebClient(folder: string): boolean {
  return existsSync(join(resolve(folder), 'index.html'));
}

/**
 * Serves the built web client at `/` on the API's own origin, so the browser needs no CORS
 * and the token never travels in a URL; its secure headers and CSP are every response's
 * (browser-security.ts). Hashed assets are cached for a year; `index.html` is revalidated
 * on every load so a deployment takes effect at once. Any other page path gets
 * `index.html` and is routed in the browser.
 */
export function serveWebClient(app: NestExpressApplication, folder: string): void {
  const root = resolve(folder);
  const index = join(root, 'index.html');
  if (!hasWebClient(folder)) {
    new Logger('WebClient').warn(`No web client at ${root}: run \`npm run build\` (or set WEB_CLIENT_DIR); the API is served without it`);
    return;
  }
  app.useStaticAssets(join(root, 'assets'), {
    prefix: '/assets',
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
  });
  app.use((request: Request, response: Response, next: () => void) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
