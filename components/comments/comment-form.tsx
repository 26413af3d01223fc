'use client';

import { useState, type RefObject } from 'react';
import { EDIT_WINDOW_MS } from '@/lib/comments/limits';
import { callCommentApi, type ApiError } from './comment-api';
import { CommentFields } from './comment-fields';
import type { OwnComment } from './use-me';

/** Read out after a post (a live region), while the page scrolls to the new comment. */
const POSTED = { approved: 'نُشر تعليقك.', pending: 'أُرسل تعليقك، وسيظهر للقرّاء بعد أن يراجعه المشرفون.' } as const;

type Props = {
  articleId: number;
  parentId: number | null;
  textarea: RefObject<HTMLTextAreaElement | null>;
  onPosted: (comment: OwnComment) => void;
};

/** Posts without a reload; what was typed stays in the box until the comment is stored. */
export function CommentForm({ articleId, parentId, textarea, onPosted }: Props) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const [notifyReplies, setNotifyReplies] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice('');
    const result = await callCommentApi<{ comment: Omit<OwnComment, 'editableUntil'> }>('/api/comments', 'POST', {
      articleId,
      parentId,
      body,
      notifyReplies,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result);
      return;
    }
    const createdAt = new Date(result.data.comment.createdAt).getTime();
    onPosted({ ...result.data.comment, editableUntil: createdAt + EDIT_WINDOW_MS });
    setNotice(result.data.comment.status === 'approved' ? POSTED.approved : POSTED.pending);
    setBody('');
  }

  return (
    <form onSubmit={submit} className="form" noValidate>
      <CommentFields
        textareaRef={textarea}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={error?.errors.body ?? error?.errors.parentId}
        message={error?.message}
        busy={busy}
        notify={{ checked: notifyReplies, onChange: (e) => setNotifyReplies(e.target.checked) }}
      />
      <p className="form__status" role="status">
        {notice}
      </p>
    </form>
  );
}
