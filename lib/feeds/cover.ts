import type { ArticleCover } from '@/db/queries/articles';
import { escapeHtml } from '@/lib/rich-text/doc';
import { mediaUrl, SHARE_WIDTH } from '@/lib/media/variants';

const TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', avif: 'image/avif' };

/** A cover in a feed: a figure at the top of the text, and the enclosure readers show as the item's picture. */
export function coverForFeeds(cover: ArticleCover, siteUrl: string) {
  const variants = [...cover.variants].sort((a, b) => a.w - b.w);
  const chosen = variants.find((v) => v.w >= SHARE_WIDTH) ?? variants[variants.length - 1];
  if (!chosen) return null;
  const url = new URL(mediaUrl(chosen.file), siteUrl).toString();
  const extension = chosen.file.split('.').pop()?.toLowerCase() ?? '';
  const caption = cover.caption ? `<figcaption>${escapeHtml(cover.caption)}</figcaption>` : '';
  return {
    html: `<figure><img src="${escapeHtml(url)}" width="${chosen.w}" height="${chosen.h}" alt="${escapeHtml(cover.alt)}">${caption}</figure>`,
    enclosure: { url, type: TYPES[extension] ?? 'image/webp', length: chosen.bytes },
  };
}
