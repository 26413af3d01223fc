import type { ArticleDetail } from '@/db/queries/articles';
import { env } from '@/lib/env';
import { breadcrumbLd, newsArticleLd } from '@/lib/structured-data';
import { sectionPath } from '@/lib/urls';
import { JsonLd } from './json-ld';

/** schema.org NewsArticle and the article's breadcrumb trail (الرئيسية ‹ its section ‹ the article). */
export function ArticleJsonLd({ article, url }: { article: ArticleDetail; url: string }) {
  const site = env().SITE_URL;
  const crumbs = [
    { name: 'الرئيسية', path: '/' },
    { name: article.section.name, path: sectionPath(article.section.slug) },
    { name: article.title, path: url },
  ];
  return (
    <>
      <JsonLd data={newsArticleLd(article, url, site)} />
      <JsonLd data={breadcrumbLd(crumbs, site)} />
    </>
  );
}
