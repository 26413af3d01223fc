// The limits of an upload, shared by proxy.ts, next.config.ts, the custom server and the route handler.
// No imports: next.config.ts and proxy.ts load this too.

/** The largest picture a newsroom may upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A multipart body carries the file plus its boundaries, headers and the alt text. */
export const MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** Decoding more pixels than this would take hundreds of MB of memory (a 10000×10000 PNG is 300 KB). */
export const MAX_INPUT_PIXELS = 50_000_000;

export const UPLOAD_PATH = '/api/admin/media';

/** Whether a request's declared Content-Length is over the body limit (so it is refused unread). */
export function declaresTooLarge(contentLength: string | null | undefined): boolean {
  if (!contentLength) return false;
  const n = Number(contentLength);
  return !Number.isFinite(n) || n > MAX_UPLOAD_BODY_BYTES;
}
