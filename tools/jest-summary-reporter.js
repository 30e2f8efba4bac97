// Ends every Jest run with one plain line, `Tests: N passed, N failed[, N skipped]`, so CI and
// people read the outcome from the last line. Printed on exit because Jest's own summary
// reporter always runs after custom reporters. When `npm test` ran the web client's Vitest
// suite first, its figures (RENKEI_VITEST_RESULTS) are counted in, so the line covers both.
import { existsSync, readFileSync } from 'node:fs';

function vitestFigures() {
  const file = process.env.RENKEI_VITEST_RESULTS;
  if (!file) return null;
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 }; // Vitest did not get to report: a failure
  const results = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails before any test runs (an import error) fails no test: count it itself.
  const brokenFiles = (results.testResults ?? []).filter((file) => file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed')).length;
  return { passed: results.numPassedTests, failed: results.numFailedTests + brokenFiles, skipped: results.numPendingTests + (results.numTodoTests ?? 0) };
}

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const web = vitestFigures();
    const passed = results.numPassedTests + (web?.passed ?? 0);
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites + (web?.failed ?? 0);
    const skipped = results.numPendingTests + results.numTodoTests + (web?.skipped ?? 0);
    const runners = web ? ` (Jest and Vitest)` : '';
    const line = `Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${runners}\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
