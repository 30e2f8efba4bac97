/**
 * Runs `work` every `seconds` until the returned stop is called: the plumbing of the periodic
 * jobs (reminders, retention). A run that fails is reported to `failed` and the next still runs;
 * the timer never keeps the process alive on its own.
 */
export function every(seconds: number, work: () => Promise<unknown>, failed: (message: string) => void): () => void {
  const timer = setInterval(() => {
    work().catch((error: unknown) => failed(error instanceof Error ? error.message : String(error)));
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
