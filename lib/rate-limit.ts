type Window = { count: number; resetAt: number };

const windows = new Map<string, Window>();
const MAX_KEYS = 50_000;

/**
 * A fixed-window counter in this process's memory: true while `key` has made fewer than `limit`
 * calls in the window. One server process is the embedded setup; several need a shared store.
 */
export function rateLimit(key: string, { limit, windowMs }: { limit: number; windowMs: number }): boolean {
  const now = Date.now();
  let window = windows.get(key);
  if (!window || window.resetAt <= now) {
    if (windows.size >= MAX_KEYS) prune(now);
    window = { count: 0, resetAt: now + windowMs };
    windows.set(key, window);
  }
  window.count += 1;
  return window.count <= limit;
}

function prune(now: number) {
  for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
  if (windows.size >= MAX_KEYS) windows.clear();
}
