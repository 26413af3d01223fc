import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MediaVariant } from '@/db/schema';
import type { EncodedVariant } from './encode';
import { variantFile } from './paths';

// A file's name is its picture's id and width, so a name never changes content: files are written
// once (to a temporary name, then renamed, so a reader never sees half a file) and never rewritten.

export async function writeVariants(
  root: string,
  folder: string,
  id: string,
  variants: readonly EncodedVariant[],
): Promise<MediaVariant[]> {
  await fs.mkdir(path.join(root, folder), { recursive: true });
  const written: MediaVariant[] = [];
  for (const v of variants) {
    const file = variantFile(folder, id, v.w);
    const target = path.join(root, file);
    if (!(await exists(target))) {
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(temporary, v.data);
      await fs.rename(temporary, target);
    }
    written.push({ w: v.w, h: v.h, file, bytes: v.data.length });
  }
  return written;
}

/** Whether every file of a stored picture is on disk (a database restored without its media is not). */
export async function variantsOnDisk(root: string, variants: readonly MediaVariant[]): Promise<boolean> {
  for (const v of variants) if (!(await exists(path.join(root, v.file)))) return false;
  return true;
}

/** The YYYY/MM folder a stored picture's files are in. */
export function folderOf(variants: readonly MediaVariant[]): string | null {
  const file = variants[0]?.file;
  return file ? file.split('/').slice(0, 2).join('/') : null;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
