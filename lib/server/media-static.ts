import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { declaresTooLarge, UPLOAD_PATH } from '@/lib/media/limits';
import { mediaMessages } from '@/lib/media/messages';
import { mediaRoot } from '@/lib/media/paths';
import { findMediaFile, MEDIA_HEADERS, NOT_FOUND_TEXT } from '@/lib/media/serve-file';

// Pictures are answered here, before Next.js and the micro-cache: a file read, no render, no gzip
// of WebP. An upload that declares more than the limit is refused here too, before anything keeps
// it (Next.js would hand its route a silently truncated body).

const PREFIX = '/media/';

export function isMediaRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (req.method === 'GET' || req.method === 'HEAD') return url.startsWith(PREFIX);
  return req.method === 'POST' && url.split('?')[0] === UPLOAD_PATH && declaresTooLarge(req.headers['content-length']);
}

export async function answerMediaRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'POST') return refuseTooLarge(req, res);
  const name = (req.url ?? '').slice(PREFIX.length).split('?')[0]!;
  const found = await findMediaFile(mediaRoot(), name);
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(NOT_FOUND_TEXT);
    return;
  }
  res.writeHead(200, { ...MEDIA_HEADERS, 'content-length': found.size });
  if (req.method === 'HEAD') return void res.end();
  const stream = fs.createReadStream(found.path);
  stream.on('error', () => res.destroy());
  res.once('close', () => stream.destroy());
  stream.pipe(res);
}

// What an early refusal reads and throws away, so a browser still sending sees the answer rather than
// a reset connection; a client that keeps sending past it is cut off.
const DRAIN_LIMIT = 64 * 1024 * 1024;

/** 413 without keeping the body (see DRAIN_LIMIT). */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const body = JSON.stringify({ message: mediaMessages.tooLarge });
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'private, no-store',
  });
  res.end(body);
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
}
