import { afterEach, describe, expect, it, vi } from 'vitest';
import { rateLimit } from '@/lib/rate-limit';

afterEach(() => vi.useRealTimers());

describe('rateLimit', () => {
  it('allows `limit` calls per window and per key, then refuses until the window ends', () => {
    vi.useFakeTimers();
    const options = { limit: 3, windowMs: 1000 };
    expect([1, 2, 3, 4].map(() => rateLimit('a', options))).toEqual([true, true, true, false]);
    expect(rateLimit('b', options)).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(rateLimit('a', options)).toBe(true);
  });
});
