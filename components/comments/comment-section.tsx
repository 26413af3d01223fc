import type { ArticleDetail } from '@/db/queries/articles';
import { getApprovedComments, getCommentsOpen, getThreadDepth } from '@/db/cached/comments';
import { commentCountForms, pluralize } from '@/lib/arabic/plural';
import { buildThreads } from '@/lib/comments/thread';
import { articlePath } from '@/lib/urls';
import { LazyRespond } from './lazy-respond';
import { CommentThread } from './comment-thread';

type Props = { article: Pick<ArticleDetail, 'id' | 'slug' | 'title' | 'commentsOpen' | 'publishedAt'> };

/** Approved threads and the "اترك رد" section: the same HTML for every reader. */
export async function CommentSection({ article }: Props) {
  const [comments, depth, open] = await Promise.all([
    getApprovedComments(article.id),
    getThreadDepth(),
    getCommentsOpen(article.id, article.commentsOpen, article.publishedAt),
  ]);
  const threads = buildThreads(comments, depth);
  const link = { id: article.id, slug: article.slug };
  return (
    <section className="comments" id="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="block-title">
        <span>{pluralize(comments.length, commentCountForms)}</span>
      </h2>
      {threads.length > 0 && <CommentThread comments={threads} article={link} canReply={open} />}
      <div id="own-root" />
      <LazyRespond article={link} path={articlePath(article)} open={open} />
    </section>
  );
}
