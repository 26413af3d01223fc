import path from 'node:path';
import { databasePath } from '@/lib/env';

// Where pictures live: <data dir>/media/YYYY/MM/<id>-<width>.webp, beside the database (back both up
// together). MEDIA_DIR overrides it. No 'server-only': the custom server and the seed use it too.

/** The only file names ever written or served: no dots, no traversal, nothing but our own names. */
export const MEDIA_FILE_PATTERN = /^(\d{4})\/(0[1-9]|1[0-2])\/([0-9a-f]{16})-(\d{2,4})\.webp$/;

export function mediaRoot(): string {
  if (process.env.MEDIA_DIR) return path.resolve(process.env.MEDIA_DIR);
  const file = databasePath();
  if (file === ':memory:') return path.resolve('data/media');
  return path.join(path.dirname(path.resolve(file)), 'media');
}

/** YYYY/MM of a moment, in UTC (a file's folder never moves). */
export function monthFolder(at: Date): string {
  return `${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function variantFile(folder: string, id: string, width: number): string {
  return `${folder}/${id}-${width}.webp`;
}

/** The absolute path of a served name, or null when the name is not one of ours. */
export function resolveMediaFile(root: string, name: string): string | null {
  if (!MEDIA_FILE_PATTERN.test(name)) return null;
  return path.join(root, ...name.split('/'));
}
