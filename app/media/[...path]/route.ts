import fs from 'node:fs';
import { Readable } from 'node:stream';
import { mediaRoot } from '@/lib/media/paths';
import { findMediaFile, MEDIA_HEADERS, NOT_FOUND_TEXT } from '@/lib/media/serve-file';

// Pictures under `next start` (scripts/serve.ts answers /media/ itself, before Next): files written
// after the build are not in public/, so they are read here.

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const found = await findMediaFile(mediaRoot(), path.join('/'));
  if (!found) {
    return new Response(NOT_FOUND_TEXT, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
  const body = Readable.toWeb(fs.createReadStream(found.path)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { ...MEDIA_HEADERS, 'content-length': String(found.size) } });
}
