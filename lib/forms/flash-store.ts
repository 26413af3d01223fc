import { randomBytes } from 'node:crypto';

// What a form posted without JavaScript gets back on its page (lib/forms/flash.ts), kept for a few
// minutes. Bounded: a value is cut to what any field here accepts and more, a state to a few
// kilobytes, and the whole store to a few megabytes, oldest first, whatever a client posts.

export const MAX_VALUE_CHARS = 2_000;
const MAX_STATE_BYTES = 16_384;
const MAX_TOTAL_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

type Entry = { state: unknown; bytes: number; expires: number };

/** The state with every string cut to MAX_VALUE_CHARS; without its typed values if still too large. */
export function boundedState<S>(state: S): { state: S; bytes: number } {
  const cut = cutStrings(state) as S;
  const bytes = Buffer.byteLength(JSON.stringify(cut) ?? '');
  if (bytes <= MAX_STATE_BYTES || typeof cut !== 'object' || cut === null) return { state: cut, bytes };
  const rest: Record<string, unknown> = { ...(cut as Record<string, unknown>) };
  delete rest.values;
  const smaller = cutStrings(rest, 200) as S;
  return { state: smaller, bytes: Buffer.byteLength(JSON.stringify(smaller)) };
}

function cutStrings(value: unknown, max = MAX_VALUE_CHARS): unknown {
  if (typeof value === 'string') return value.length > max ? value.slice(0, max) : value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => cutStrings(v, max));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).slice(0, 50).map(([k, v]) => [k, cutStrings(v, max)]));
  }
  return value;
}

export class FlashStore {
  private entries = new Map<string, Entry>();
  private total = 0;

  constructor(private readonly ttlMs: number) {}

  put(state: unknown, now = Date.now()): string {
    const bounded = boundedState(state);
    for (const [token, entry] of this.entries) {
      if (entry.expires > now && this.total + bounded.bytes <= MAX_TOTAL_BYTES && this.entries.size < MAX_ENTRIES) break;
      this.remove(token);
    }
    const token = randomBytes(16).toString('base64url');
    this.entries.set(token, { state: bounded.state, bytes: bounded.bytes, expires: now + this.ttlMs });
    this.total += bounded.bytes;
    return token;
  }

  get(token: string, now = Date.now()): unknown {
    const entry = this.entries.get(token);
    return entry && entry.expires > now ? entry.state : undefined;
  }

  get bytes(): number {
    return this.total;
  }

  private remove(token: string): void {
    const entry = this.entries.get(token);
    if (!entry) return;
    this.total -= entry.bytes;
    this.entries.delete(token);
  }
}
