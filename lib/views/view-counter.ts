import { onShutdown } from '@/lib/shutdown/hooks';

/**
 * Page views held in memory and written to SQLite in one transaction per interval, so a busy
 * article costs one UPDATE every few seconds instead of one per reader.
 */
export class ViewCounter {
  private pending = new Map<number, number>();
  private written = new Set<number>();
  private lastFlush = Date.now();

  constructor(
    private readonly intervalMs: number,
    private readonly write: (counts: ReadonlyMap<number, number>) => Promise<number[]>,
  ) {}

  add(articleId: number): void {
    this.pending.set(articleId, (this.pending.get(articleId) ?? 0) + 1);
  }

  get due(): boolean {
    return this.pending.size > 0 && Date.now() - this.lastFlush >= this.intervalMs;
  }

  /** Writes what is pending; the ids it changed wait in `takeWritten()`. */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.lastFlush = Date.now();
    try {
      for (const id of await this.write(batch)) this.written.add(id);
    } catch (error) {
      for (const [id, n] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
      throw error;
    }
  }

  /** Ids written since the last call, whose cached counts are now out of date. */
  takeWritten(): number[] {
    const ids = [...this.written];
    this.written.clear();
    return ids;
  }

  /** Writes in quiet periods too; cache revalidation waits for the next request. */
  startTimer(): void {
    const timer = setInterval(() => {
      if (this.due) void this.flush().catch((error) => console.error('view flush failed', error));
    }, this.intervalMs);
    timer.unref();
    // The server's graceful shutdown (scripts/serve.ts) writes what is still held, before the database closes.
    onShutdown('views', 'flush', () => {
      clearInterval(timer);
      return this.flush();
    });
  }
}
