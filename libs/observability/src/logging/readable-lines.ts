import type { DestinationStream } from 'pino';

// Fields every line has, or that the readable form shows in its own place (a request's
// method, path and status are its message).
const PLACED = new Set(['time', 'level', 'msg', 'context', 'pid', 'hostname', 'stack', 'req', 'res']);
const COLOURS: Readonly<Record<string, string>> = { fatal: '\x1b[35m', error: '\x1b[31m', warn: '\x1b[33m', info: '\x1b[32m', debug: '\x1b[36m', trace: '\x1b[90m' };
const RESET = '\x1b[0m';

/**
 * Development output: pino's JSON lines rewritten as one readable line each
 * (`time LEVEL [context] message key=value`), the stack below an error. Colours only on a terminal.
 */
export function readableLines(out: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout): DestinationStream {
  return { write: (line: string) => void out.write(readable(line, out.isTTY === true)) };
}

export function readable(line: string, colours = false): string {
  const entry = JSON.parse(line) as Record<string, unknown>;
  const level = String(entry['level']);
  const label = colours ? `${COLOURS[level] ?? ''}${level.toUpperCase()}${RESET}` : level.toUpperCase();
  const context = entry['context'] ? ` [${String(entry['context'])}]` : '';
  const fields = Object.entries(entry)
    .filter(([key]) => !PLACED.has(key))
    .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('');
  const stack = typeof entry['stack'] === 'string' ? `\n${entry['stack']}` : '';
  return `${String(entry['time'])} ${label}${context} ${String(entry['msg'] ?? '')}${fields}${stack}\n`;
}
