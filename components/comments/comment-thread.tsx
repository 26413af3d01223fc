import { formatGregorianDate, formatTime } from '@/lib/arabic/dates';
import type { ThreadNode } from '@/lib/comments/thread';
import type { ThreadComment } from '@/lib/comments/thread-pages';
import { env } from '@/lib/env';
import { replyPath } from '@/lib/urls';
import { CommentBody } from './comment-body';

type Props = { comments: ThreadNode<ThreadComment>[]; article: { id: number; slug: string }; canReply: boolean };

/**
 * Approved comments as nested lists. The empty `own-*` and `tools-*` slots are where the
 * personal layer puts the reader's own pending replies and edit links after the page loads.
 */
export function CommentThread({ comments, article, canReply }: Props) {
  const tz = env().SITE_TIME_ZONE;
  return (
    <ol className="comment-list">
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`}>
          <article className="comment" aria-label={`تعليق من ${c.authorName}`}>
            <header className="comment__head">
              <bdi className="comment__author">{c.authorName}</bdi>
              <time dateTime={c.createdAt.toISOString()} title={`${formatGregorianDate(c.createdAt, tz)} ${formatTime(c.createdAt, tz)}`}>
                {c.age} · {formatGregorianDate(c.createdAt, tz)} · {formatTime(c.createdAt, tz)}
              </time>
            </header>
            <CommentBody text={c.body} />
            <footer className="comment__actions">
              {canReply && (
                <a
                  className="comment-reply-link"
                  href={replyPath(article, c.id)}
                  data-reply-to={c.id}
                  data-author={c.authorName}
                  aria-label={`رد على ${c.authorName}`}
                >
                  رد
                </a>
              )}
              <span id={`tools-${c.id}`} />
            </footer>
          </article>
          {c.replies.length > 0 && <CommentThread comments={c.replies} article={article} canReply={canReply} />}
          <div id={`own-${c.id}`} />
        </li>
      ))}
    </ol>
  );
}
