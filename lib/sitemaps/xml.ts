import { escapeXml } from '@/lib/xml/text';

// The sitemaps protocol (sitemaps.org/protocol.html) and Google News's extension, written directly:
// a handful of elements whose text is escaped here.

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export type SitemapEntry = { loc: string; lastmod?: Date | null };
export type NewsEntry = { loc: string; title: string; publishedAt: Date };

/** W3C Datetime to the second, in UTC. */
export const w3cDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const entry = (tag: string, e: SitemapEntry) =>
  `<${tag}><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${w3cDate(e.lastmod)}</lastmod>` : ''}</${tag}>`;

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n${entries.map((e) => entry('url', e)).join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(entries: readonly SitemapEntry[]): string {
  return `${DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.map((e) => entry('sitemap', e)).join('\n')}\n</sitemapindex>\n`;
}

/** Google News: each article with the publication's name and language, its date and headline. */
export function newsSitemapXml(entries: readonly NewsEntry[], publication: { name: string; language: string }): string {
  const name = `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${publication.language}</news:language></news:publication>`;
  const urls = entries.map(
    (e) =>
      `<url><loc>${escapeXml(e.loc)}</loc><news:news>${name}<news:publication_date>${w3cDate(e.publishedAt)}</news:publication_date>` +
      `<news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
  );
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}
