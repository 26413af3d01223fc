// How a write tells the custom server which cached pages it changed. No dependencies and no Next
// imports: the app (bundled by Next) announces, scripts/serve.ts (run by tsx) listens, and the two
// meet on one object kept on globalThis, since each has its own copy of every module.

const HUB = Symbol.for('khabar.writeEvents');

export type WriteListener = (tags: readonly string[]) => void;
type WithHub = typeof globalThis & { [HUB]?: WriteListener };

/** Called with the cache tags a write expired (lib/cache/expire.ts). */
export function announceWrite(tags: readonly string[]): void {
  (globalThis as WithHub)[HUB]?.(tags);
}

/** The custom server's one listener; `next start` has none, and announcing costs nothing. */
export function listenForWrites(listener: WriteListener | undefined): void {
  (globalThis as WithHub)[HUB] = listener;
}
