import { delayUntil } from './delay';

export type SchedulerDeps = {
  /** When the next scheduled article is due (null: none). */
  nextDue: () => Date | null;
  /** Whether another process left cache invalidations this one has not applied. */
  outboxPending: () => boolean;
  /** Asks the tick route to publish what is due and apply the outbox. */
  fire: () => Promise<void>;
  now?: () => number;
  /** The safety tick: clock changes, a sleeping machine, work left by another process, a failed fire. */
  tickMs?: number;
};

// Two fires are never closer than this: a due article that somehow stays scheduled (a refused
// tick) is retried at this pace instead of in a tight loop.
const MIN_GAP_MS = 1000;

/**
 * One timer armed for the next due article, plus a slow unref()'d tick. Never runs two fires at
 * once; every fire ends by re-arming.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private running = false;
  private lastFireAt = Number.NEGATIVE_INFINITY;
  private lastError = '';
  private readonly now: () => number;

  constructor(private readonly deps: SchedulerDeps) {
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    this.rearm();
    this.ticker = setInterval(() => this.check(), this.deps.tickMs ?? 2000);
    this.ticker.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    this.timer = this.ticker = undefined;
  }

  /** Looks again at the next due article and arms the timer for it (a schedule changed). */
  rearm(): void {
    if (this.running) return; // run() re-arms when the fire ends
    clearTimeout(this.timer);
    this.timer = undefined;
    const due = this.read(this.deps.nextDue);
    const delay = delayUntil(due ?? null, this.now());
    if (delay === null) return;
    const wait = Math.max(delay, this.lastFireAt + MIN_GAP_MS - this.now());
    this.timer = setTimeout(() => void this.run(), wait);
    this.timer.unref();
  }

  /** The safety tick: fires only when there is work. */
  check(): void {
    if (this.running) return;
    const due = this.read(this.deps.nextDue);
    const work = (due && due.getTime() <= this.now()) || this.read(this.deps.outboxPending);
    if (work && this.now() - this.lastFireAt >= MIN_GAP_MS) void this.run();
    else if (!this.timer && due) this.rearm();
  }

  async run(): Promise<void> {
    if (this.running) return; // the fire under way reads everything that is due
    this.running = true;
    this.lastFireAt = this.now();
    try {
      await this.deps.fire();
      this.lastError = '';
    } catch (error) {
      this.report(error);
    } finally {
      this.running = false;
    }
    this.rearm();
  }

  private read<T>(query: () => T): T | undefined {
    try {
      return query();
    } catch (error) {
      this.report(error);
      return undefined;
    }
  }

  /** Once per distinct failure, not every tick. */
  private report(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    if (text === this.lastError) return;
    this.lastError = text;
    console.error('scheduled publishing:', text);
  }
}
