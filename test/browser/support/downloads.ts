import type { ConsoleMessage, Download, Locator, Request } from 'playwright-core';

// A file the server writes (a PDF with its font, a workbook) may take longer than a click on a
// busy 2-core machine: the wait is for the file, bounded well inside the test's own timeout.
const FILE_WAIT_MS = 45_000;

/**
 * Clicks what saves a file and answers the file the browser received. When none comes, the
 * failure says why: the click's own account when the control could not be clicked, else what
 * became of the requests the click made and what the page showed (its alerts: an error the
 * server answered, in the caseworker's words) and logged, not only how long it waited.
 */
export async function downloadFrom(control: Locator): Promise<Download> {
  const page = control.page();
  const requests: Request[] = [];
  const logged: string[] = [];
  const onRequest = (request: Request) => void requests.push(request);
  const onConsole = (message: ConsoleMessage) => void (message.type() === 'error' && logged.push(message.text()));
  page.on('request', onRequest);
  page.on('console', onConsole);
  const download = page.waitForEvent('download', { timeout: FILE_WAIT_MS });
  // Settled below, or left behind when the click fails (which is then what is reported).
  download.catch(() => undefined);
  try {
    await control.click();
    return await download;
  } catch (failure) {
    const waited = failure instanceof Error ? failure.message : String(failure);
    const alerts = await page.getByRole('alert').allInnerTexts();
    const made = await Promise.all(requests.map(async (request) => `${request.method()} ${request.url()}${operationOf(request)}: ${await outcome(request)}`));
    throw new Error(
      [`No file was saved from ${control.toString()} on ${page.url()}.`, waited, `Requests since the click: ${made.join('; ') || 'none'}`, `Alerts: ${alerts.join(' / ') || 'none'}`, `Console errors: ${logged.join(' / ') || 'none'}`].join('\n'),
      { cause: failure },
    );
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
  }
}

async function outcome(request: Request): Promise<string> {
  const failed = request.failure();
  if (failed) return `failed (${failed.errorText})`;
  const response = await Promise.race([request.response(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 1_000))]);
  if (!response) return 'no answer yet';
  const timing = request.timing();
  return `${response.status()} after ${Math.round(timing.responseEnd)} ms`;
}

/** The GraphQL operation a request carries, when it carries one. */
function operationOf(request: Request): string {
  try {
    const body = request.postDataJSON() as { operationName?: unknown } | null;
    return typeof body?.operationName === 'string' ? ` (${body.operationName})` : '';
  } catch {
    return '';
  }
}
