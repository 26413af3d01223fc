import { describe, expect, it } from 'vitest';
import { playwrightOutcome, summaryLines, vitestOutcome } from '@/scripts/lib/test-summary';

// Report shapes as vitest 4's json reporter and Playwright's json reporter write them.
function vitestReport(statuses: string[], fileStatus = statuses.includes('failed') ? 'failed' : 'passed') {
  const count = (s: string) => statuses.filter((x) => x === s).length;
  return {
    numTotalTests: statuses.length,
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped'),
    numTodoTests: count('todo'),
    success: fileStatus === 'passed',
    testResults: [
      {
        name: '/repo/tests/unit/a.test.ts',
        status: fileStatus,
        message: '',
        assertionResults: statuses.map((status, i) => ({ status, fullName: `a ${status} ${i}` })),
      },
    ],
  };
}

function playwrightReport(stats: { expected?: number; unexpected?: number; flaky?: number; skipped?: number }, extra = {}) {
  return { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...stats }, errors: [], suites: [], ...extra };
}

describe('vitest outcome', () => {
  it('counts passed and failed tests', () => {
    expect(vitestOutcome(vitestReport(['passed', 'passed', 'failed']), 1)).toMatchObject({ passed: 2, failed: 1, problems: [] });
    expect(vitestOutcome(vitestReport(['passed', 'passed']), 0)).toMatchObject({ passed: 2, failed: 0, problems: [] });
  });

  it('counts skipped and todo tests as failed and names them', () => {
    const outcome = vitestOutcome(vitestReport(['passed', 'skipped', 'todo']), 0);
    expect(outcome.passed).toBe(1);
    expect(outcome.failed).toBe(2);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatch(/^2 skipped or todo test/);
    expect(outcome.problems[0]).toContain('a skipped 1 (skipped)');
    expect(outcome.problems[0]).toContain('a todo 2 (todo)');
  });

  it('counts a run that reported no tests as failed', () => {
    const outcome = vitestOutcome(vitestReport([]), 0);
    expect(outcome).toMatchObject({ passed: 0, failed: 1 });
    expect(outcome.problems).toEqual(['the runner reported no tests at all']);
  });

  it('counts a missing or unreadable report as failed', () => {
    for (const report of [null, undefined, 'not json']) {
      const outcome = vitestOutcome(report, 1);
      expect(outcome).toMatchObject({ passed: 0, failed: 1 });
      expect(outcome.problems[0]).toMatch(/^no readable report \(the runner exited with code 1/);
    }
  });

  it('counts a test file that failed to load, and names it', () => {
    const report = vitestReport(['passed']);
    report.testResults.push({
      name: '/repo/tests/unit/b.test.ts',
      status: 'failed',
      message: "Cannot find module './nope'\n    at stack",
      assertionResults: [],
    });
    const outcome = vitestOutcome(report, 1);
    expect(outcome).toMatchObject({ passed: 1, failed: 1 });
    expect(outcome.problems[0]).toContain("/repo/tests/unit/b.test.ts: Cannot find module './nope'");
  });

  it('counts a non-zero exit that the report does not explain', () => {
    const outcome = vitestOutcome(vitestReport(['passed']), 1);
    expect(outcome).toMatchObject({ passed: 1, failed: 1 });
    expect(outcome.problems).toEqual(['the runner exited with code 1 although its report shows no failure']);
  });
});

describe('playwright outcome', () => {
  it('counts expected and flaky as passed, unexpected as failed', () => {
    expect(playwrightOutcome(playwrightReport({ expected: 5, flaky: 1, unexpected: 2 }), 1)).toMatchObject({
      passed: 6,
      failed: 2,
      problems: [],
    });
  });

  it('counts skipped tests as failed and names them, however deep their suite', () => {
    const suites = [
      {
        title: 'views.spec.ts',
        file: 'views.spec.ts',
        specs: [{ title: 'runs', file: 'views.spec.ts', tests: [{ status: 'expected' }] }],
        suites: [
          { title: 'group', file: 'views.spec.ts', specs: [{ title: 'skipped one', file: 'views.spec.ts', tests: [{ status: 'skipped' }] }] },
        ],
      },
    ];
    const outcome = playwrightOutcome(playwrightReport({ expected: 1, skipped: 1 }, { suites }), 0);
    expect(outcome).toMatchObject({ passed: 1, failed: 1 });
    expect(outcome.problems[0]).toMatch(/^1 skipped test\(s\), counted as failed:\n    - views\.spec\.ts: skipped one$/);
  });

  it('counts errors outside any test (a focused test under forbidOnly, a server that never started)', () => {
    const report = playwrightReport({}, { errors: [{ message: "Error: item focused with '.only' is not allowed\n  at x" }] });
    const outcome = playwrightOutcome(report, 1);
    expect(outcome).toMatchObject({ passed: 0, failed: 1 });
    expect(outcome.problems[0]).toContain("Error: item focused with '.only' is not allowed");
  });

  it('counts a run with no tests, or no report, as failed', () => {
    expect(playwrightOutcome(playwrightReport({}), 0)).toMatchObject({
      failed: 1,
      problems: ['the runner reported no tests at all'],
    });
    expect(playwrightOutcome(null, 1)).toMatchObject({ passed: 0, failed: 1 });
    expect(playwrightOutcome({}, 0)).toMatchObject({ failed: 1, problems: ['the runner reported no tests at all'] });
  });
});

describe('summary', () => {
  it('adds up the runners and ends with "N passed, N failed" after the reasons', () => {
    const { lines, passed, failed } = summaryLines([
      vitestOutcome(vitestReport(['passed', 'passed', 'skipped']), 0),
      playwrightOutcome(playwrightReport({ expected: 3 }), 0),
    ]);
    expect({ passed, failed }).toEqual({ passed: 5, failed: 1 });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^unit \(vitest\): 1 skipped or todo test/);
    expect(lines.at(-1)).toBe('5 passed, 1 failed');
  });

  it('passes only when every test ran and passed', () => {
    const { lines, failed } = summaryLines([
      vitestOutcome(vitestReport(['passed']), 0),
      playwrightOutcome(playwrightReport({ expected: 2 }), 0),
    ]);
    expect(failed).toBe(0);
    expect(lines).toEqual(['3 passed, 0 failed']);
  });
});
