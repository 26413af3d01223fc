import type { ArticleDetail } from '@/db/queries/articles';
import { getCommentsOpen } from '@/db/cached/comments';
import { PageLinks } from '@/components/site/page-links';
import { Pagination } from '@/components/site/pagination';
import { commentCountForms, pluralize } from '@/lib/arabic/plural';
import { commentPagination } from '@/lib/comments/page-text';
import { loadThreadPage } from '@/lib/comments/thread-pages';
import { commentPagePath } from '@/lib/urls';
import { LazyRespond } from './lazy-respond';
import { CommentThread } from './comment-thread';

type Props = {
  article: Pick<ArticleDetail, 'id' | 'slug' | 'title' | 'commentsOpen' | 'publishedAt'>;
  /** Which page of threads (1: the article itself); the route has checked that it exists. */
  page?: number;
};

/** Approved threads of one comment page and the "اترك رد" section: the same HTML for every reader. */
export async function CommentSection({ article, page = 1 }: Props) {
  // Only this page's threads are read and rendered, so only they are in the HTML and its payload.
  const [{ total, threads: shown, pageCount }, open] = await Promise.all([
    loadThreadPage(article.id, page),
    getCommentsOpen(article.id, article.commentsOpen, article.publishedAt),
  ]);
  const link = { id: article.id, slug: article.slug };
  const pathFor = (p: number) => commentPagePath(link, p);
  return (
    <section className="comments" id="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="block-title">
        <span>{pluralize(total, commentCountForms)}</span>
      </h2>
      {shown.length > 0 && <CommentThread comments={shown} article={link} canReply={open} />}
      <Pagination page={page} pageCount={pageCount} pathFor={pathFor} labels={commentPagination} />
      <PageLinks page={page} pageCount={pageCount} pathFor={pathFor} />
      <div id="own-root" />
      <LazyRespond article={link} path={pathFor(page)} open={open} />
    </section>
  );
}
