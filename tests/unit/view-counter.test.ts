import { describe, expect, it, vi } from 'vitest';
import { ViewCounter } from '@/lib/views/view-counter';

describe('ViewCounter', () => {
  it('batches views per article and writes them once per interval', async () => {
    vi.useFakeTimers();
    const writes: Array<Map<number, number>> = [];
    const counter = new ViewCounter(1000, async (counts) => {
      writes.push(new Map(counts));
      return [...counts.keys()];
    });
    counter.add(1);
    counter.add(1);
    counter.add(2);
    expect(counter.due).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(counter.due).toBe(true);
    await counter.flush();
    expect(writes).toEqual([new Map([[1, 2], [2, 1]])]);
    expect(counter.takeWritten().sort()).toEqual([1, 2]);
    expect(counter.takeWritten()).toEqual([]);
    expect(counter.due).toBe(false);
    vi.useRealTimers();
  });

  it('keeps the views of a failed write for the next flush', async () => {
    let fail = true;
    const counter = new ViewCounter(0, async (counts) => {
      if (fail) throw new Error('disk full');
      return [...counts.keys()];
    });
    counter.add(7);
    await expect(counter.flush()).rejects.toThrow('disk full');
    fail = false;
    counter.add(7);
    await counter.flush();
    expect(counter.takeWritten()).toEqual([7]);
  });
});
