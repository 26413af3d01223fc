import { notFound, permanentRedirect } from 'next/navigation';
import { getArticle } from '@/db/cached/articles';
import { decodeParam } from '@/lib/arabic/slugify';
import { parseIdParam } from '@/lib/page-param';
import { articlePath } from '@/lib/urls';

export type ArticleParams = Promise<{ id: string; slug?: string }>;

/** The published article at this id, redirecting a stale or missing slug to the canonical URL. */
export async function loadArticle(params: ArticleParams) {
  const { id: idParam, slug } = await params;
  const id = parseIdParam(idParam);
  const article = id === null ? null : await getArticle(id);
  if (!article) notFound();
  if (slug === undefined || decodeParam(slug) !== article.slug) permanentRedirect(articlePath(article));
  return article;
}
