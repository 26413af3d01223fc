import type { ArticleDetail } from '@/db/queries/articles';
import { env } from '@/lib/env';
import { shareImage } from '@/lib/media/variants';
import { SITE_NAME } from '@/lib/site';
import { authorPath } from '@/lib/urls';

/** schema.org NewsArticle; `<` is escaped so no text can close the script element. */
export function ArticleJsonLd({ article, url }: { article: ArticleDetail; url: string }) {
  const site = env().SITE_URL;
  const image = article.cover && shareImage(article.cover, site);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt,
    inLanguage: 'ar',
    mainEntityOfPage: new URL(url, site).toString(),
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    articleSection: article.section.name,
    ...(image ? { image: [{ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }] } : {}),
    keywords: article.tags.map((t) => t.name),
    author: [{ '@type': 'Person', name: article.author.name, url: new URL(authorPath(article.author.slug), site).toString() }],
    publisher: { '@type': 'Organization', name: SITE_NAME, logo: { '@type': 'ImageObject', url: new URL('/icon.svg', site).toString() } },
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
