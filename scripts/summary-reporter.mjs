// Web Test Runner reporter that prints ONE machine-readable line when the run
// ends, e.g.
//
//   12 passed, 0 failed
//   10 passed, 2 failed, 1 skipped
//
// CI greps for this line (/^\d+ passed, \d+ failed(, \d+ skipped)?$/), so keep
// its shape. Counts are test results summed over every browser: a test that
// runs in three engines counts three times. A test file whose session failed
// without reporting any failing test (it did not load, threw at import time,
// timed out, the browser crashed...) counts as one failed test, so the line
// never claims "0 failed" for a run that exits non-zero.
//
// Use it alongside defaultReporter(); it does not print anything else. The
// line is written on process exit so that it comes after WTR's final progress
// report (WTR always ends the process with process.exit in CLI mode).
import { writeSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

/** Counts passed/failed/skipped test results over all sessions. */
export function countResults(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, counts);
    if (session.passed === false && counts.failed === 0) counts.failed = 1;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryLineReporter() {
  let line;
  let hooked = false;
  const print = () => {
    if (line === undefined) return;
    // Synchronous write: safe inside an 'exit' handler for files, pipes and TTYs.
    writeSync(1, `\n${line}\n`);
    line = undefined;
  };
  return {
    onTestRunFinished({ sessions }) {
      line = formatSummary(countResults(sessions));
      if (!hooked) {
        hooked = true;
        process.once('exit', print);
      }
    },
    stop({ sessions }) {
      // Recount at the very end (covers runs that were stopped early).
      if (sessions.length > 0) line = formatSummary(countResults(sessions));
      if (!hooked) {
        hooked = true;
        process.once('exit', print);
      }
    },
  };
}

export default summaryLineReporter;
