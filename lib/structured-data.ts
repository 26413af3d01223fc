import type { ArticleDetail } from '@/db/queries/articles';
import { BRAND_IMAGES } from './brand';
import { shareImage } from './media/variants';
import { SITE_NAME } from './site';
import { absoluteUrl, authorPath } from './urls';

// schema.org objects for JSON-LD, with absolute URLs, as Google's article and breadcrumb guidelines
// ask: https://developers.google.com/search/docs/appearance/structured-data/article and /breadcrumb.

/** One step of a breadcrumb trail: its name and the page it links to. */
export type Crumb = { name: string; path: string };

/** The site as a publisher, with a raster logo (Google does not take SVG). */
export function publisherLd(siteUrl: string) {
  const { path, width, height } = BRAND_IMAGES.logo;
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: absoluteUrl('/', siteUrl),
    logo: { '@type': 'ImageObject', url: absoluteUrl(path, siteUrl), width, height },
  };
}

/** The article's cover at 1200 px; the site's share picture when it has none (`image` is always there). */
function articleImage(article: Pick<ArticleDetail, 'cover'>, siteUrl: string) {
  const cover = article.cover && shareImage(article.cover, siteUrl);
  const { path, width, height } = BRAND_IMAGES.share;
  const image = cover ?? { url: absoluteUrl(path, siteUrl), width, height };
  return { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height };
}

export function newsArticleLd(article: ArticleDetail, path: string, siteUrl: string) {
  const url = absoluteUrl(path, siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt,
    inLanguage: 'ar',
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt).toISOString(),
    articleSection: article.section.name,
    image: [articleImage(article, siteUrl)],
    keywords: article.tags.map((t) => t.name),
    author: [{ '@type': 'Person', name: article.author.name, url: absoluteUrl(authorPath(article.author.slug), siteUrl) }],
    publisher: publisherLd(siteUrl),
  };
}

export function breadcrumbLd(crumbs: readonly Crumb[], siteUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, siteUrl),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
