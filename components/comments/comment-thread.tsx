import type { PublicComment } from '@/db/queries/comments';
import { formatGregorianDate, formatTime } from '@/lib/arabic/dates';
import type { ThreadNode } from '@/lib/comments/thread';
import { env } from '@/lib/env';
import { CommentBody } from './comment-body';

export function CommentThread({ comments }: { comments: ThreadNode<PublicComment>[] }) {
  const tz = env().SITE_TIME_ZONE;
  return (
    <ol className="comment-list">
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`}>
          <article className="comment" aria-label={`تعليق من ${c.authorName}`}>
            <header className="comment__head">
              <bdi className="comment__author">{c.authorName}</bdi>
              <time dateTime={c.createdAt.toISOString()}>
                {formatGregorianDate(c.createdAt, tz)} · {formatTime(c.createdAt, tz)}
              </time>
            </header>
            <CommentBody text={c.body} />
          </article>
          {c.replies.length > 0 && <CommentThread comments={c.replies} />}
        </li>
      ))}
    </ol>
  );
}
