import type { Metadata } from 'next';
import { signOutAction } from '@/app/(auth)/actions';
import { CommentBody } from '@/components/comments/comment-body';
import { ReplyForm } from '@/components/comments/reply-form';
import { readFlash } from '@/lib/forms/flash';
import type { ReplyFormState } from './actions';
import { findComment } from '@/db/queries/comments';
import { readModerationSettings } from '@/db/queries/settings';
import { commentsOpen } from '@/lib/comments/moderation';
import { currentUser } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/page-param';
import { articlePath, loginPath, replyPath } from '@/lib/urls';
import { findArticle, type ArticleParams } from '../../load-article';

// Rendered whole per request (no streamed <Suspense> parts): this page exists for readers without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'اترك رداً', robots: { index: false, follow: false } };

type SearchParams = Promise<{ replytocom?: string; posted?: string; flash?: string }>;
type Props = { params: ArticleParams; searchParams: SearchParams };

/** The comment form for readers without JavaScript (the "رد" links lead here). */
async function Reply({ params, searchParams }: Props) {
  const article = await findArticle(params);
  const { replytocom, posted, flash } = await searchParams;
  const user = await currentUser();
  const open = commentsOpen(article, await readModerationSettings());
  const parentId = parseIdParam(replytocom ?? '');
  const parent = parentId === null ? null : await findComment(parentId);
  const replyTo = parent && parent.articleId === article.id && parent.status === 'approved' ? parent : null;
  const postedId = parseIdParam(posted ?? '');
  const mine = postedId === null ? null : await findComment(postedId);
  const own = mine && user && mine.userId === user.id && mine.articleId === article.id ? mine : null;
  const here = replyPath(article, replyTo?.id);

  return (
    <section className="comments" aria-labelledby="reply-title">
      <p>
        <a href={articlePath(article)}>‹ العودة إلى المقال: {article.title}</a>
      </p>
      {own && (
        <div className="comment comment--own" id={`comment-${own.id}`}>
          {own.status === 'pending' && <p className="comment__pending">تعليقك بانتظار المراجعة.</p>}
          <CommentBody text={own.body} />
        </div>
      )}
      {replyTo && (
        <blockquote className="comment">
          <bdi className="comment__author">{replyTo.authorName}</bdi>
          <CommentBody text={replyTo.body} />
        </blockquote>
      )}
      <div className="respond" id="respond">
        <h1 id="reply-title" className="page-title">
          {replyTo ? <>اترك رداً على <bdi>{replyTo.authorName}</bdi></> : 'اترك رد'}
          {replyTo && (
            <small>
              {' '}
              <a href={replyPath(article)}>إلغاء الرد</a>
            </small>
          )}
        </h1>
        <p className="respond__note">لن يتم نشر عنوان بريدك الإلكتروني.</p>
        {!user ? (
          <p>
            يجب أن تكون <a href={loginPath(here)}>مسجلاً للدخول</a> لتنشر تعليقاً.
          </p>
        ) : user.bannedAt ? (
          <p>حسابك موقوف عن المشاركة في التعليقات.</p>
        ) : !open ? (
          <p>التعليقات مغلقة على هذا المقال.</p>
        ) : (
          <>
            <form action={signOutAction} className="respond__who">
              <input type="hidden" name="callbackUrl" value={articlePath(article)} />
              تم تسجيل الدخول باسم <bdi>{user.name}</bdi>.{' '}
              <button type="submit" className="link-button">
                تسجيل الخروج؟
              </button>
            </form>
            <ReplyForm articleId={article.id} parentId={replyTo?.id ?? null} initial={readFlash<ReplyFormState>(flash)} />
          </>
        )}
      </div>
    </section>
  );
}

export default function ReplyPage(props: Props) {
  return <Reply {...props} />;
}
