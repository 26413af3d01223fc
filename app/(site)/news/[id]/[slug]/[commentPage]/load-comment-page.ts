import { notFound, permanentRedirect } from 'next/navigation';
import { loadThreads } from '@/lib/comments/thread-pages';
import { parseCommentPageParam } from '@/lib/page-param';
import { articlePath, commentPagePath } from '@/lib/urls';
import { findArticle, loadArticle } from '../../load-article';

export type CommentPageParams = Promise<{ id: string; slug: string; commentPage: string }>;

async function resolve(params: CommentPageParams, redirects: boolean) {
  const page = parseCommentPageParam((await params).commentPage);
  if (page === null) notFound();
  const article = redirects ? await loadArticle(params, (a) => commentPagePath(a, page)) : await findArticle(params);
  if (redirects && page === 1) permanentRedirect(articlePath(article));
  const { pageCount } = await loadThreads(article.id);
  if (page > pageCount) notFound();
  return { article, page, pageCount };
}

/** The article and which of its comment pages: 404 for anything but `comment-page-N` up to the last page. */
export const findCommentPage = (params: CommentPageParams) => resolve(params, false);

/**
 * As findCommentPage, for the page itself: a stale slug redirects (308) to the same comment page
 * under the right slug, and comment-page-1 to the article (page 1 of its comments).
 */
export const loadCommentPage = (params: CommentPageParams) => resolve(params, true);
