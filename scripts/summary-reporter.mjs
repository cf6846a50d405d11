// One line at the end for CI: `N passed, N failed[, N skipped]` over every
// browser. A session that failed without a failing test (did not load, timed
// out, crashed) counts as one failure, so a red run never says "0 failed".
// Written on exit, after WTR's last progress report.
import { writeSync } from 'node:fs';

const tally = (suite, n) => {
  for (const test of suite?.tests ?? [])
    n[test.skipped ? 2 : test.passed ? 0 : 1]++;
  for (const child of suite?.suites ?? []) tally(child, n);
};

/** @returns {import('@web/test-runner').Reporter} */
export function summaryLineReporter() {
  let sessions = [];
  process.once('exit', () => {
    if (sessions.length === 0) return;
    const n = [0, 0, 0]; // passed, failed, skipped
    for (const session of sessions) {
      const failed = n[1];
      tally(session.testResults, n);
      if (!session.passed && n[1] === failed) n[1]++;
    }
    const skipped = n[2] ? `, ${n[2]} skipped` : '';
    writeSync(1, `\n${n[0]} passed, ${n[1]} failed${skipped}\n`);
  });
  const keep = (args) => void (sessions = args.sessions);
  return { onTestRunFinished: keep, stop: keep };
}
