import { describe, expect, it } from 'vitest';
import { kindOf, type Sample } from '@/scripts/loadtest/clients';
import { failures, formatReport, type LoadReport } from '@/scripts/loadtest/report';

const timeline = { startAt: 0, endAt: 60_000, killAt: 30_000, upAt: 34_000 };

function report(samples: Sample[], overrides: Partial<LoadReport> = {}): LoadReport {
  return {
    commenters: 2,
    readers: 1,
    seconds: 60,
    timeline,
    samples,
    comments: { acknowledged: 4, once: 4, missing: 0, duplicated: 0, storedUnacknowledged: 1 },
    views: { writtenBeforeKill: 0, writtenAfterKill: 1 },
    shutdown: { code: 0, ms: 120 },
    ...overrides,
  };
}

const ok = (who: Sample['who'], at: number): Sample => ({ who, at, ms: 10, kind: null });

describe('the load test verdict', () => {
  it('classifies what a client saw', () => {
    expect(kindOf(201, '{"comment":{}}')).toBeNull();
    expect(kindOf(500, 'SqliteError: database is locked')).toBe('sqlite-busy');
    expect(kindOf(200, 'SQLITE_BUSY')).toBe('sqlite-busy');
    expect(kindOf(502, '')).toBe('http-5xx');
    expect(kindOf(429, 'تمهّل')).toBe('http-429');
  });

  it('passes when refusals fall inside the restart window only', () => {
    const samples = [ok('page', 1000), { who: 'page', at: 31_000, ms: 1, kind: 'refused' } as Sample, ok('view', 40_000)];
    const r = report(samples);
    expect(failures(r)).toEqual([]);
    expect(formatReport(r)).toContain('errors inside the restart window: refused 1');
    expect(formatReport(r)).toContain('restart downtime (kill -9 → /api/health 200): 4.00 s');
  });

  it('fails on a lost or doubled comment, a 500, a reader error outside the window, or lost views', () => {
    const samples = [
      { who: 'comment', at: 5000, ms: 5, kind: 'http-5xx' } as Sample,
      { who: 'page', at: 50_000, ms: 5, kind: 'reset' } as Sample,
      ok('view', 40_000),
      ok('view', 41_000),
    ];
    const r = report(samples, { comments: { acknowledged: 4, once: 2, missing: 1, duplicated: 1, storedUnacknowledged: 0 } });
    const found = failures(r).join(' | ');
    expect(found).toContain('1 acknowledged comment(s) missing');
    expect(found).toContain('1 acknowledged comment(s) stored more than once');
    expect(found).toContain('1 response(s) with a 5xx or SQLITE_BUSY');
    expect(found).toContain('2 error(s) outside the restart window');
    expect(found).toContain('acknowledged 2 view(s) but wrote 1');
    expect(formatReport(r)).toMatch(/^FAIL: /m);
  });
});
