import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { MAX_INPUT_PIXELS } from './limits';
import { mediaMessages } from './messages';
import { sharpAgrees, sniffFormat, type PictureFormat } from './sniff';
import { VARIANT_WIDTHS } from './variants';

// An upload becomes WebP variants: decoded once (turned upright by its EXIF orientation, limited in
// pixels), scaled to each width, written with no metadata at all (sharp keeps none unless asked:
// no EXIF, no GPS, no camera serial). The original bytes are never kept.

export type EncodedVariant = { w: number; h: number; data: Buffer };
export type EncodedPicture = { id: string; format: PictureFormat; width: number; height: number; variants: EncodedVariant[] };
export type PictureRefusal = { ok: false; status: 415 | 422; message: string };

const WIDEST = Math.max(...VARIANT_WIDTHS);
const WEBP = { quality: 78 } as const;

/** 16 hex of the SHA-256 of the bytes: the same file uploaded twice is one picture. */
export function pictureId(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export async function encodeUpload(bytes: Buffer): Promise<{ ok: true; picture: EncodedPicture } | PictureRefusal> {
  const format = sniffFormat(bytes);
  if (!format) return { ok: false, status: 415, message: mediaMessages.notImage };
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' });
  try {
    if (!sharpAgrees(format, await input().metadata())) return { ok: false, status: 415, message: mediaMessages.notImage };
    const { width, height, variants } = await encodeVariants(input());
    return { ok: true, picture: { id: pictureId(bytes), format, width, height, variants } };
  } catch (error) {
    const pixels = /pixel limit/i.test(String((error as Error).message));
    return { ok: false, status: 422, message: pixels ? mediaMessages.tooManyPixels : mediaMessages.unreadable };
  }
}

/**
 * Every VARIANT_WIDTHS narrower than the picture, plus the picture itself up to the widest; its
 * width/height are those of the largest variant (the box the browser reserves). Throws what libvips
 * throws on a broken or oversized input.
 */
export async function encodeVariants(
  pipeline: Sharp,
  options: { effort?: number } = {},
): Promise<{ width: number; height: number; variants: EncodedVariant[] }> {
  const { data, info } = await pipeline
    .autoOrient()
    .resize({ width: WIDEST, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const widths = [...VARIANT_WIDTHS.filter((w) => w < info.width), Math.min(info.width, WIDEST)];
  const variants: EncodedVariant[] = [];
  for (const w of widths) {
    const out = await sharp(data, { raw })
      .resize({ width: w })
      .webp({ ...WEBP, effort: options.effort ?? 4 })
      .toBuffer({ resolveWithObject: true });
    variants.push({ w: out.info.width, h: out.info.height, data: out.data });
  }
  return { width: info.width, height: info.height, variants };
}
