import type { Metadata } from 'next';
import { CommentPageView } from '@/components/comments/comment-page-view';
import { pagedTitle } from '@/lib/arabic/paging';
import { commentPageDescription, commentsOn } from '@/lib/comments/page-text';
import { pageMetadata } from '@/lib/metadata';
import { articleFeedLinks } from '@/lib/feeds/links';
import { commentPagePath } from '@/lib/urls';
import { findCommentPage, loadCommentPage, type CommentPageParams } from './load-comment-page';

// /news/<id>/<slug>/comment-page-N. Rendered on first visit and then cached like the article. The
// build needs one complete set of params (a parent page's generateStaticParams does not reach this
// segment): a placeholder, a 404. The static reply/ folder beside this one keeps its URL.
export async function generateStaticParams() {
  return [{ id: '0', slug: '-', commentPage: '-' }];
}

export async function generateMetadata({ params }: { params: CommentPageParams }): Promise<Metadata> {
  const { article, page, pageCount } = await findCommentPage(params);
  return pageMetadata({
    title: pagedTitle(commentsOn(article.title), page),
    description: commentPageDescription(article.title, page, pageCount),
    path: commentPagePath(article, page),
    feeds: articleFeedLinks(article),
  });
}

export default async function CommentPage({ params }: { params: CommentPageParams }) {
  const { article, page, pageCount } = await loadCommentPage(params);
  return <CommentPageView article={article} page={page} pageCount={pageCount} />;
}
