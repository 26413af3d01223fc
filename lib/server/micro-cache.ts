import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { preferredEncoding } from './accept-encoding';
import { isFrameworkRequest } from './next-request-markers';
import { chunkBuffer } from './write-head';

export type CachedResponse = {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** Fresh until then; after it, served stale while one request refreshes it. */
  expires: number;
  staleUntil: number;
  refreshing?: boolean;
};

const CACHEABLE_STATUS = new Set([200, 301, 308, 404]);
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * A short in-process cache of the public responses Next.js serves from its own cache: the same
 * bytes for every reader, kept for a second, so a busy page costs a Map lookup instead of a trip
 * through the router. Only responses Next marks shareable (s-maxage, no Set-Cookie, not private)
 * are kept; a write forgets the pages it changed (lib/server/write-invalidation.ts), so a write is
 * never hidden. An expired entry is served
 * a little longer while one refresh runs, so no reader waits on the refresh.
 */
export class MicroCache {
  private entries = new Map<string, CachedResponse>();

  constructor(
    private readonly ttlMs: number,
    private readonly staleMs = 10_000,
    private readonly maxEntries = 2000,
  ) {}

  /** The cache key of a request that may be answered from the cache, or null. */
  keyFor(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
    if (this.ttlMs <= 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return null;
    const url = req.url ?? '/';
    if (url.startsWith('/api/') || url.startsWith('/_next/image')) return null;
    if (isFrameworkRequest(req.headers) || req.headers.range !== undefined) return null;
    return `${preferredEncoding(req.headers['accept-encoding'])} ${url}`;
  }

  /** The entry to answer with, and whether the caller should start its refresh. */
  get(key: string, now = Date.now()): { entry: CachedResponse; refresh: boolean } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.staleUntil <= now) {
      this.entries.delete(key);
      return undefined;
    }
    const refresh = entry.expires <= now && !entry.refreshing;
    if (refresh) entry.refreshing = true;
    return { entry, refresh };
  }

  set(key: string, entry: Pick<CachedResponse, 'status' | 'headers' | 'body'>, now = Date.now()): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { ...entry, expires: now + this.ttlMs, staleUntil: now + this.ttlMs + this.staleMs });
  }

  /** A refresh that produced nothing cacheable: the next reader tries again. */
  refreshFailed(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Forgets the pages under these paths (a write changed them), in every encoding. */
  forgetPaths(prefixes: readonly string[]): void {
    if (!prefixes.length) return;
    for (const key of this.entries.keys()) {
      const url = key.slice(key.indexOf(' ') + 1);
      if (prefixes.some((p) => url.startsWith(p))) this.entries.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The encoding a stored body is in. */
function encodingOf(headers: OutgoingHttpHeaders): string {
  return String(headers['content-encoding'] ?? 'identity').toLowerCase();
}

/**
 * Whether Next.js marked this response as the same for everyone, and its body is in the
 * encoding the cache key names (a key "identity …" never holds a gzip body).
 */
export function isShareable(status: number, headers: OutgoingHttpHeaders, bodyBytes: number, key?: string): boolean {
  if (!CACHEABLE_STATUS.has(status) || bodyBytes > MAX_BODY_BYTES || headers['set-cookie']) return false;
  if (key !== undefined && !key.startsWith(`${encodingOf(headers)} `)) return false;
  const cacheControl = String(headers['cache-control'] ?? '');
  return /s-maxage=\d+/.test(cacheControl) && !/private|no-store/.test(cacheControl);
}

/** Passes the response through while keeping a copy of its body. */
export function recordBody(res: ServerResponse, onDone: (body: Buffer | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    const buffer = size > MAX_BODY_BYTES ? null : chunkBuffer(chunk, encoding);
    if (!buffer) return;
    size += buffer.length;
    chunks.push(buffer);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  res.once('finish', () => onDone(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
}
