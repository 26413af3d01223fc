import { randomBytes, timingSafeEqual } from 'node:crypto';

// What the timer (started by instrumentation.ts) and the tick route (in Next's bundle, with its own
// module copies) share in one process: kept on globalThis, like lib/scheduler/hub.ts.

const STATE = Symbol.for('khabar.schedulerState');

export type SchedulerState = {
  /** Proves a tick request comes from this process's own timer; never leaves the process. */
  token: string;
  /** The newest cache outbox row this process has applied. */
  lastOutboxId: number;
  lastPrunedAt: number;
};

type WithState = typeof globalThis & { [STATE]?: SchedulerState };

/** The header the loopback tick carries its token in. */
export const TICK_HEADER = 'x-khabar-tick';
export const TICK_PATH = '/api/internal/tick';

export function createSchedulerState(lastOutboxId: number): SchedulerState {
  const state: SchedulerState = { token: randomBytes(24).toString('hex'), lastOutboxId, lastPrunedAt: 0 };
  (globalThis as WithState)[STATE] = state;
  return state;
}

/** Undefined when no scheduler runs in this process (next dev before register, unit tests). */
export function schedulerState(): SchedulerState | undefined {
  return (globalThis as WithState)[STATE];
}

/** Whether a request to an internal route comes from this process's own timer (it carries the token). */
export function fromThisProcess(request: Request): boolean {
  const state = schedulerState();
  const sent = request.headers.get(TICK_HEADER);
  if (!state || !sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(state.token);
  return a.length === b.length && timingSafeEqual(a, b);
}
