// An editor's schedule or unschedule re-arms the publishing timer at once. The timer lives in the
// process started by instrumentation.ts; the action runs in Next's bundle with its own module
// copies, so the two meet on one function kept on globalThis (as lib/cache/write-events.ts does).

const HUB = Symbol.for('khabar.scheduler');

type WithHub = typeof globalThis & { [HUB]?: () => void };

/** A scheduled time was set, changed or removed: look again at the next due article. */
export function scheduleChanged(): void {
  (globalThis as WithHub)[HUB]?.();
}

/** The scheduler's one listener (lib/scheduler/), registered when it starts. */
export function onScheduleChanged(listener: (() => void) | undefined): void {
  (globalThis as WithHub)[HUB] = listener;
}
