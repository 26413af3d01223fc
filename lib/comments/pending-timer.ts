import { postInternal } from '@/lib/scheduler/loopback';
import { schedulerState } from '@/lib/scheduler/state';

export const PENDING_NOTICES_PATH = '/api/internal/pending-notices';
const EVERY_MS = 60_000;

/**
 * Sends what a moderators' digest held back, with no daemon: a timer in the server process (started by
 * instrumentation.ts after the scheduler, whose token proves the call is our own) asks the route once a
 * minute. A comment that arrives after a quiet spell is mailed at once by the write path itself.
 */
const STARTED = Symbol.for('khabar.pendingNoticeTimer');

export function startPendingNoticeTimer(): void {
  const g = globalThis as typeof globalThis & { [STARTED]?: true };
  if (g[STARTED]) return;
  g[STARTED] = true;
  const timer = setInterval(() => {
    const state = schedulerState();
    if (state) postInternal(PENDING_NOTICES_PATH, state.token).catch((e: unknown) => console.error('pending notices:', e instanceof Error ? e.message : e));
  }, EVERY_MS);
  timer.unref();
}
