/**
 * What `npm test` counts. A run passes only when every test ran and passed: a skipped or todo
 * test, a runner that reported no test at all, a report that is missing or unreadable, a test
 * file that failed to load and a runner that exited non-zero with nothing to show for it each
 * count as a failure, with a line saying why.
 */

export type SuiteOutcome = {
  /** e.g. "unit (vitest)" */
  name: string;
  passed: number;
  failed: number;
  /** Why each failure not reported as a failed test counts as one. */
  problems: string[];
};

type VitestReport = {
  numTotalTests?: number;
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: {
    name?: string;
    status?: string;
    message?: string;
    assertionResults?: { status?: string; fullName?: string }[];
  }[];
};

type PlaywrightSuite = {
  title?: string;
  file?: string;
  specs?: { title?: string; file?: string; tests?: { status?: string }[] }[];
  suites?: PlaywrightSuite[];
};

type PlaywrightReport = {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: { message?: string }[];
  suites?: PlaywrightSuite[];
};

const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);
const MAX_NAMED = 10;

function named(what: string, names: string[]): string {
  const shown = names.slice(0, MAX_NAMED).map((n) => `\n    - ${n}`).join('');
  const more = names.length > MAX_NAMED ? `\n    … and ${names.length - MAX_NAMED} more` : '';
  return `${names.length} ${what}${shown}${more}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n')[0] ?? '';
}

/** Adds the failures every runner shares: no report, no tests, a non-zero exit left unexplained. */
function finish(outcome: SuiteOutcome, ran: number, exitCode: number): SuiteOutcome {
  if (ran === 0 && outcome.failed === 0) {
    outcome.failed += 1;
    outcome.problems.push('the runner reported no tests at all');
  }
  if (exitCode !== 0 && outcome.failed === 0) {
    outcome.failed += 1;
    outcome.problems.push(`the runner exited with code ${exitCode} although its report shows no failure`);
  }
  return outcome;
}

function missingReport(name: string, exitCode: number): SuiteOutcome {
  return {
    name,
    passed: 0,
    failed: 1,
    problems: [`no readable report (the runner exited with code ${exitCode} before writing one)`],
  };
}

export function vitestOutcome(report: unknown, exitCode: number, name = 'unit (vitest)'): SuiteOutcome {
  if (!report || typeof report !== 'object') return missingReport(name, exitCode);
  const r = report as VitestReport;
  const files = r.testResults ?? [];
  const assertions = files.flatMap((f) => f.assertionResults ?? []);
  const notRun = assertions.filter((a) => NOT_RUN.has(a.status ?? '')).map((a) => `${a.fullName} (${a.status})`);
  const brokenFiles = files
    .filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
    .map((f) => `${f.name}: ${firstLine(f.message)}`);
  const outcome: SuiteOutcome = {
    name,
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + notRun.length + brokenFiles.length,
    problems: [],
  };
  if (notRun.length) outcome.problems.push(named('skipped or todo test(s), counted as failed:', notRun));
  if (brokenFiles.length) outcome.problems.push(named('test file(s) failed outside any test:', brokenFiles));
  return finish(outcome, r.numTotalTests ?? assertions.length, exitCode);
}

function skippedSpecs(suites: PlaywrightSuite[] | undefined): string[] {
  return (suites ?? []).flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => (spec.tests ?? []).some((t) => t.status === 'skipped'))
      .map((spec) => `${spec.file ?? suite.file}: ${spec.title}`),
    ...skippedSpecs(suite.suites),
  ]);
}

export function playwrightOutcome(report: unknown, exitCode: number, name = 'end-to-end (playwright)'): SuiteOutcome {
  if (!report || typeof report !== 'object') return missingReport(name, exitCode);
  const r = report as PlaywrightReport;
  const stats = r.stats ?? {};
  const skipped = stats.skipped ?? 0;
  const errors = (r.errors ?? []).map((e) => firstLine(e.message));
  const outcome: SuiteOutcome = {
    name,
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + skipped + errors.length,
    problems: [],
  };
  if (skipped) {
    const names = skippedSpecs(r.suites);
    outcome.problems.push(named('skipped test(s), counted as failed:', names.length ? names : [`${skipped} unnamed`]));
  }
  if (errors.length) outcome.problems.push(named('error(s) outside any test:', errors));
  const ran = (stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0) + skipped;
  return finish(outcome, ran, exitCode);
}

/** The lines `npm test` ends with: why anything counted as failed, then "N passed, N failed". */
export function summaryLines(outcomes: SuiteOutcome[]): { lines: string[]; passed: number; failed: number } {
  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed, 0);
  const lines = outcomes.flatMap((o) => o.problems.map((p) => `${o.name}: ${p}`));
  return { lines: [...lines, `${passed} passed, ${failed} failed`], passed, failed };
}
