import { notFound, permanentRedirect } from 'next/navigation';
import { getArticle } from '@/db/cached/articles';
import type { ArticleDetail } from '@/db/queries/articles';
import { decodeParam } from '@/lib/arabic/slugify';
import { parseIdParam } from '@/lib/page-param';
import { articlePath } from '@/lib/urls';

export type ArticleParams = Promise<{ id: string; slug?: string }>;

/** The published article at this id, or the 404 page. */
export async function findArticle(params: ArticleParams) {
  const id = parseIdParam((await params).id);
  const article = id === null ? null : await getArticle(id);
  if (!article) notFound();
  return article;
}

/**
 * As findArticle, and a stale or missing slug redirects to the canonical URL, `canonical(article)`
 * (the article, or one of its comment pages). Pages only: a redirect thrown from generateMetadata as
 * well would send the Location header twice.
 */
export async function loadArticle(params: ArticleParams, canonical: (article: ArticleDetail) => string = articlePath) {
  const article = await findArticle(params);
  const { slug } = await params;
  if (slug === undefined || decodeParam(slug) !== article.slug) permanentRedirect(canonical(article));
  return article;
}
