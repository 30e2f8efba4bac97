import { setTimeout as pause } from 'node:timers/promises';

/**
 * Resolves once `check` holds, asking again until then: for states another process reaches
 * (a server draining, a query waiting on a lock) that announce themselves by no event the
 * test can subscribe to. Fails naming `what` when `timeoutMs` passes first.
 */
export async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not reached within ${timeoutMs} ms: ${what}`);
    await pause(50);
  }
}
