import { Fragment } from 'react';
import { formatCommentText } from '@/lib/comments/format';

/** User text rendered as React text nodes: no HTML from a commenter ever reaches the page. */
export function CommentBody({ text }: { text: string }) {
  return (
    <div className="comment__body" dir="auto">
      {formatCommentText(text).map((lines, p) => (
        <p key={p}>
          {lines.map((pieces, l) => (
            <Fragment key={l}>
              {l > 0 && <br />}
              {pieces.map((piece, i) =>
                piece.kind === 'link' ? (
                  <a key={i} href={piece.href} rel="nofollow ugc noopener" target="_blank">
                    {piece.text}
                  </a>
                ) : (
                  <Fragment key={i}>{piece.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
