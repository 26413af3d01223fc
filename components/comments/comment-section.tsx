import type { ArticleDetail } from '@/db/queries/articles';
import { getApprovedComments } from '@/db/cached/comments';
import { commentCountForms, pluralize } from '@/lib/arabic/plural';
import { buildThreads } from '@/lib/comments/thread';
import { articlePath } from '@/lib/urls';
import { CommentThread } from './comment-thread';

const MAX_THREAD_DEPTH = 5;

export async function CommentSection({ article }: { article: Pick<ArticleDetail, 'id' | 'slug' | 'title'> }) {
  const comments = await getApprovedComments(article.id);
  const threads = buildThreads(comments, MAX_THREAD_DEPTH);
  const returnTo = `${articlePath(article)}#respond`;
  return (
    <section className="comments" id="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="block-title">
        <span>{pluralize(comments.length, commentCountForms)}</span>
      </h2>
      {threads.length > 0 && <CommentThread comments={threads} />}
      <div className="respond" id="respond">
        <h3 id="reply-title">اترك رد</h3>
        <p className="respond__note">لن يتم نشر عنوان بريدك الإلكتروني.</p>
        <p>
          يجب أن تكون <a href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`}>مسجلاً للدخول</a> لتنشر
          تعليقاً.
        </p>
      </div>
    </section>
  );
}
