import fs from 'node:fs/promises';
import { resolveMediaFile } from './paths';

// /media/<yyyy>/<mm>/<id>-<w>.webp: the custom server (lib/server/media-static.ts) and the route for
// `next start` (app/media/[...path]/route.ts) answer with these headers. A name never changes
// content (see store.ts), so browsers and nginx may keep it for a year without asking again.

export const MEDIA_HEADERS = {
  'content-type': 'image/webp',
  'cache-control': 'public, max-age=31536000, immutable',
  'x-content-type-options': 'nosniff',
} as const;

export const NOT_FOUND_TEXT = 'الصورة غير موجودة. / Not found.';

/** The file behind a name under /media/ (still percent-encoded, without the query), or null. */
export async function findMediaFile(root: string, name: string): Promise<{ path: string; size: number } | null> {
  const file = resolveMediaFile(root, name);
  if (!file) return null;
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? { path: file, size: stat.size } : null;
  } catch {
    return null;
  }
}
