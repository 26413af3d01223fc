// The site's raster pictures, drawn from app/icon.svg by scripts/brand-images.ts and committed in
// public/brand/: Google wants a raster publisher logo, RSS a channel image of at most 144 px wide, and
// link previews a large picture for pages that have none of their own.

export const BRAND_IMAGES = {
  /** schema.org publisher logo (NewsArticle): square, at least 112 px. */
  logo: { path: '/brand/logo-512.png', width: 512, height: 512 },
  /** RSS <channel><image>: 144 px at most. */
  feedIcon: { path: '/brand/logo-144.png', width: 144, height: 144 },
  /** og:image / twitter:image of pages without a picture (home, sections, tags, authors). */
  share: { path: '/brand/share-1200x630.png', width: 1200, height: 630 },
} as const;
