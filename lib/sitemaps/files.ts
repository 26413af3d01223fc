// The files the sitemap index lists, by name: /sitemaps/<name>.xml.

/**
 * Article, tag and author files are ranges of this many ids, so of at most this many URLs (the
 * protocol allows 50,000). Smaller on purpose: a file is one entry of Next's in-memory cache, which
 * reader pages share (50 MB by default); 50,000 Arabic article URLs make about 14 MB, 10,000 under 3 MB.
 */
export const SITEMAP_FILE_SIZE = 10_000;

/** Two days: what Google News reads from a news sitemap. */
export const NEWS_WINDOW_MS = 48 * 3600 * 1000;

export type SitemapFile = { kind: 'news' } | { kind: 'sections' } | { kind: 'articles' | 'tags' | 'authors'; part: number };

const NAME = /^(?:(news|sections)|(articles|tags|authors)-([1-9][0-9]{0,5}))\.xml$/;

/** "articles-3.xml" → the third article file; anything else → null (404). */
export function parseSitemapFile(fileName: string): SitemapFile | null {
  const match = NAME.exec(fileName);
  if (!match) return null;
  if (match[1]) return { kind: match[1] as 'news' | 'sections' };
  return { kind: match[2] as 'articles' | 'tags' | 'authors', part: Number(match[3]) };
}

export function sitemapFileName(file: SitemapFile): string {
  return 'part' in file ? `${file.kind}-${file.part}` : file.kind;
}

/** How many files of SITEMAP_FILE_SIZE ids a table with this highest id needs. */
export const partsFor = (maxId: number, size = SITEMAP_FILE_SIZE) => Math.ceil(maxId / size);
