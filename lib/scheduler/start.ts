import { openDatabase } from '@/db/client';
import { latestInvalidationId } from '@/db/queries/cache-outbox';
import { nextScheduledAt } from '@/db/queries/scheduling';
import { databasePath } from '@/lib/env';
import { onShutdown } from '@/lib/shutdown/hooks';
import { onScheduleChanged } from './hub';
import { postTick } from './loopback';
import { Scheduler } from './scheduler';
import { createSchedulerState, schedulerState } from './state';

/**
 * Scheduled publishing for this server process (called by instrumentation.ts): a timer for the
 * next due article and a 2 s tick, both reading SQLite in-process (covering-index reads of a few
 * µs) on a connection of their own, and calling the tick route only when there is work.
 */
export function startScheduler(): Scheduler | null {
  // One per process, even if register() were called twice: a second would replace the token.
  if (schedulerState()) return null;
  const { sqlite, db } = openDatabase(databasePath());
  const state = createSchedulerState(latestInvalidationId(db));
  const scheduler = new Scheduler({
    nextDue: () => nextScheduledAt(db),
    outboxPending: () => latestInvalidationId(db) > state.lastOutboxId,
    fire: () => postTick(state.token),
  });
  onScheduleChanged(() => scheduler.rearm());
  scheduler.start();
  onShutdown('scheduler', 'close', () => {
    scheduler.stop();
    sqlite.close();
  });
  return scheduler;
}
