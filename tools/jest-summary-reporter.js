// Ends every Jest run with one plain line, `Tests: N passed, N failed[, N skipped]`, so people
// and CI read the outcome from the last line (`npm test` adds a line for all its runners).
// Printed on exit because Jest's own summary reporter always runs after custom reporters.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
