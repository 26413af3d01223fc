import type { MediaVariant } from '@/db/schema';

/** Files live under data/media/<variant.file> and are served at /media/<variant.file>. */
export const MEDIA_URL_PREFIX = '/media/';

/** The widths every upload is encoded at (never wider than the original). */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const;

export type ImageAttributes = { src: string; srcSet: string; width: number; height: number };

export function mediaUrl(file: string): string {
  return `${MEDIA_URL_PREFIX}${file}`;
}

/**
 * <img> attributes for a picture: `src` is the variant nearest `preferred` px wide, `srcSet` all of
 * them, width/height the picture's true ratio (the browser reserves the box: no layout shift).
 */
export function imageAttributes(
  picture: { width: number; height: number; variants: MediaVariant[] },
  preferred = 800,
): ImageAttributes {
  const variants = [...picture.variants].sort((a, b) => a.w - b.w);
  const chosen = variants.find((v) => v.w >= preferred) ?? variants[variants.length - 1];
  return {
    src: chosen ? mediaUrl(chosen.file) : '',
    srcSet: variants.map((v) => `${mediaUrl(v.file)} ${v.w}w`).join(', '),
    width: picture.width,
    height: picture.height,
  };
}

/** The width shared previews (og:image, JSON-LD) ask for: large cards on every network. */
export const SHARE_WIDTH = 1200;

export type ShareImage = { url: string; width: number; height: number; alt: string };

/** The absolute URL of a picture's 1200w variant (or its widest, when smaller), for other sites. */
export function shareImage(picture: { variants: MediaVariant[] }, siteUrl: string, alt = ''): ShareImage | null {
  const variants = [...picture.variants].sort((a, b) => a.w - b.w);
  const chosen = variants.find((v) => v.w >= SHARE_WIDTH) ?? variants[variants.length - 1];
  if (!chosen) return null;
  return { url: new URL(mediaUrl(chosen.file), siteUrl).toString(), width: chosen.w, height: chosen.h, alt };
}
