import { describe, expect, it } from 'vitest';
import { otherSlots, rowKey, SLOTS, visibleUpTo } from '@/lib/search/row-key';

describe('index row keys', () => {
  it('order by publication time whatever the ids', () => {
    expect(rowKey(2_000, 999_999)).toBeLessThan(rowKey(2_001, 1));
    expect(rowKey(2_000, 5)).toBeLessThanOrEqual(visibleUpTo(2_000));
    expect(rowKey(2_001, 0)).toBeGreaterThan(visibleUpTo(2_000));
  });

  it('stay exact JavaScript integers for centuries', () => {
    const year2200 = Date.UTC(2200, 0, 1);
    expect(Number.isSafeInteger(visibleUpTo(year2200))).toBe(true);
  });

  it('offer every other slot of the same millisecond once', () => {
    const key = rowKey(7_000, 1030);
    const others = [...otherSlots(key)];
    expect(others).toHaveLength(SLOTS - 1);
    expect(new Set(others).size).toBe(SLOTS - 1);
    expect(others).not.toContain(key);
    for (const other of others) expect(Math.floor(other / SLOTS)).toBe(7_000);
  });
});
