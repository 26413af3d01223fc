/** setTimeout's longest delay: a longer one fires at once (Node's TimeoutOverflowWarning). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Milliseconds until `due` (0 if past), clamped to what setTimeout can wait; null when nothing is due. */
export function delayUntil(due: Date | null, now: number): number | null {
  if (!due) return null;
  return Math.min(Math.max(due.getTime() - now, 0), MAX_TIMEOUT_MS);
}
