import { describe, expect, it } from 'vitest';
import { statusFailures, type Row } from '@/scripts/bench/report';
import { parseWrkOutput, type WrkResult } from '@/scripts/bench/wrk';

// wrk 4.1's report; `counted` adds the last line of scripts/bench/count-status.lua.
function report(requests: number, seconds: string, ok: number, redirects: number, other: number, counted = true): string {
  return [
    'Running 1s test @ http://127.0.0.1:3277/mix',
    '  2 threads and 4 connections',
    '  Thread Stats   Avg      Stdev     Max   +/- Stdev',
    '    Latency     1.10ms  420.00us   9.00ms   90.00%',
    '  Latency Distribution',
    '     50%    1.03ms',
    '     75%    1.20ms',
    '     90%    1.50ms',
    '     99%    2.50ms',
    `  ${requests} requests in ${seconds}, 497.00KB read`,
    ...(other > 0 ? [`  Non-2xx or 3xx responses: ${other}`] : []),
    `Requests/sec:   ${(requests / parseFloat(seconds)).toFixed(2)}`,
    'Transfer/sec:    491.00KB',
    ...(counted ? [`khabar status: 2xx ${ok}, 3xx ${redirects}, other ${other}`] : []),
  ].join('\n');
}

const clean = () => parseWrkOutput(report(500, '1.00s', 500, 0, 0));

const row = (result: WrkResult, more: Partial<Row> = {}): Row => ({
  target: { name: 'article', path: '/news/1/x' },
  server: { name: 'next', label: 'next', urlFor: () => undefined },
  result,
  warmup: clean(),
  statusAfter: 200,
  ...more,
});

describe('wrk results', () => {
  it('count only 2xx responses as throughput when every status is counted', () => {
    const result = parseWrkOutput(report(3558, '2.00s', 2823, 363, 372));
    expect(result).toMatchObject({ requests: 3558, ok: 2823, redirects: 363, badStatus: 372, statusCounted: true });
    expect(result).toMatchObject({ p50Ms: 1.03, p99Ms: 2.5 });
    expect(result.requestsPerSec).toBeCloseTo(2823 / 2, 6);
  });

  it('leave out what wrk itself counts as failed (status >= 400) in a plain run', () => {
    const result = parseWrkOutput(report(1000, '2.00s', 0, 0, 250, false));
    expect(result).toMatchObject({ requests: 1000, ok: 750, redirects: 0, badStatus: 250, statusCounted: false });
    expect(result.requestsPerSec).toBeCloseTo(375, 6);
  });
});

describe('a bench row', () => {
  it('passes when the warm-up and the timed run saw only 2xx and the URL still answers 200', () => {
    expect(statusFailures([row(clean())])).toEqual([]);
  });

  it('fails on a redirect or an error in the timed run', () => {
    expect(statusFailures([row(parseWrkOutput(report(500, '1.00s', 499, 1, 0)))])).toEqual([
      'FAILED: article/next: timed run: 1 of 500 responses were not 2xx (1 3xx, 0 other), where 200 was expected',
    ]);
    expect(statusFailures([row(parseWrkOutput(report(500, '1.00s', 0, 0, 3, false)))])).toEqual([
      'FAILED: article/next: timed run: 3 of 500 responses were not 2xx (0 3xx, 3 other), where 200 was expected',
    ]);
  });

  it('fails on a redirect in the warm-up, or a URL that no longer answers 200', () => {
    const warmup = parseWrkOutput(report(100, '1.00s', 90, 10, 0));
    expect(statusFailures([row(clean(), { warmup })])).toEqual([
      'FAILED: article/next: warm-up: 10 of 100 responses were not 2xx (10 3xx, 0 other), where 200 was expected',
    ]);
    expect(statusFailures([row(clean(), { statusAfter: 308 })])).toEqual([
      'FAILED: article/next: answered 308 right after, where 200 was expected',
    ]);
  });
});
