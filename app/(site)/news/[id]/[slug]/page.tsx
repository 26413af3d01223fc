import type { Metadata } from 'next';
import { getRecentArticleParams } from '@/db/cached/articles';
import { ArticleView } from '@/components/site/article-view';
import { env } from '@/lib/env';
import { shareImage } from '@/lib/media/variants';
import { pageMetadata } from '@/lib/metadata';
import { articleFeedLinks } from '@/lib/feeds/links';
import { articlePath } from '@/lib/urls';
import { findArticle, loadArticle, type ArticleParams } from '../load-article';

// The newest articles are prerendered at build; older ones render on first visit and stay cached.
export async function generateStaticParams() {
  const recent = await getRecentArticleParams(20);
  return recent.length ? recent.map((a) => ({ id: String(a.id), slug: a.slug })) : [{ id: '0', slug: '-' }];
}

export async function generateMetadata({ params }: { params: ArticleParams }): Promise<Metadata> {
  const article = await findArticle(params);
  return pageMetadata({
    title: article.title,
    description: article.excerpt,
    path: articlePath(article),
    image: article.cover && shareImage(article.cover, env().SITE_URL, article.cover.alt),
    feeds: articleFeedLinks(article),
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      authors: [article.author.name],
      tags: article.tags.map((t) => t.name),
    },
  });
}

export default async function ArticlePage({ params }: { params: ArticleParams }) {
  const article = await loadArticle(params);
  return <ArticleView article={article} />;
}
