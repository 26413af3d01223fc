import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Runs `change(status)` just before the status line and headers go out, whether Next.js calls
 * writeHead itself or Node calls it implicitly at the first write. Headers passed to writeHead are
 * set first, so `change` sees every header; it returns the status to send.
 */
export function beforeWriteHead(res: ServerResponse, change: (status: number) => number): void {
  const writeHead = res.writeHead.bind(res) as (status: number, message?: string) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const message = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
    for (const [name, value] of headerEntries(headers)) res.setHeader(name, value);
    return writeHead(change(status), message);
  }) as ServerResponse['writeHead'];
}

/** writeHead's headers: an object, [name, value] pairs, or a flat [name, value, name, value…] list. */
export function headerEntries(headers: unknown): [string, number | string | string[]][] {
  if (!headers) return [];
  if (!Array.isArray(headers)) {
    return Object.entries(headers as OutgoingHttpHeaders).filter(
      (entry): entry is [string, number | string | string[]] => entry[1] !== undefined,
    );
  }
  if (headers.every(Array.isArray)) return headers as [string, string][];
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([String(headers[i]), String(headers[i + 1])]);
  return pairs;
}

/** A chunk handed to write()/end() as bytes; null for none (or a callback in its place). */
export function chunkBuffer(chunk: unknown, encoding?: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return Buffer.from(chunk as Uint8Array);
}
