/**
 * What never reaches the log, enforced by pino's `redact` whatever a caller passes: credentials
 * (headers, cookies, passwords, tokens) and GraphQL variables and bodies, which carry personal
 * data (names, addresses, summaries). Requests are logged by operation name instead.
 */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'token',
  '*.token',
  'authToken',
  '*.authToken',
  'connectionParams',
  '*.connectionParams',
  'variables',
  '*.variables',
  'body',
  '*.body',
  'query',
  '*.query',
];

export const CENSOR = '[redacted]';
