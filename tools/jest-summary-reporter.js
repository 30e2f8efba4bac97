// Ends every Jest run with one plain line, `Tests: N passed, N failed[, N skipped]`, so CI and
// people read the outcome from the last line. Printed on exit because Jest's own summary
// reporter always runs after custom reporters.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `Tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
