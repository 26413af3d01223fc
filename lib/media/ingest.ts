import 'server-only';
import { fillMissingAlt, findMediaById, saveMedia } from '@/db/queries/media';
import type { Media } from '@/db/schema';
import { encodeUpload, pictureId, type PictureRefusal } from './encode';
import { mediaMessages } from './messages';
import { mediaRoot, monthFolder } from './paths';
import { oneAtATime } from './queue';
import { sniffFormat } from './sniff';
import { folderOf, variantsOnDisk, writeVariants } from './store';

export type UploadInput = { bytes: Buffer; originalName: string; alt: string; uploadedBy: string | null };

/**
 * An uploaded file becomes a stored picture (its WebP variants on disk, one media row), or the
 * refusal: 415 not an accepted image, 422 unreadable or too many pixels. The same bytes twice give
 * the same row without encoding again.
 */
export async function ingestUpload(
  input: UploadInput,
  options: { root?: string; now?: Date } = {},
): Promise<{ ok: true; media: Media } | PictureRefusal> {
  const root = options.root ?? mediaRoot();
  const format = sniffFormat(input.bytes);
  if (!format) return { ok: false, status: 415, message: mediaMessages.notImage };
  const known = await findMediaById(pictureId(input.bytes));
  if (known && (await variantsOnDisk(root, known.variants))) {
    await fillMissingAlt(known.id, input.alt);
    return { ok: true, media: (await findMediaById(known.id)) ?? known };
  }
  const encoded = await oneAtATime(() => encodeUpload(input.bytes));
  if (!encoded.ok) return encoded;
  const { picture } = encoded;
  const folder = (known && folderOf(known.variants)) || monthFolder(options.now ?? new Date());
  const variants = await writeVariants(root, folder, picture.id, picture.variants);
  const saved = await saveMedia({
    id: picture.id,
    width: picture.width,
    height: picture.height,
    variants,
    bytes: variants.reduce((sum, v) => sum + v.bytes, 0),
    originalName: input.originalName.slice(0, 200),
    mimeIn: `image/${picture.format}`,
    alt: input.alt,
    uploadedBy: input.uploadedBy,
  });
  return { ok: true, media: saved };
}
