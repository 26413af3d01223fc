'use client';

import { useState, type RefObject } from 'react';
import { EDIT_WINDOW_MS } from '@/lib/comments/limits';
import { callCommentApi, type ApiError } from './comment-api';
import { CommentFields } from './comment-fields';
import type { OwnComment } from './use-me';

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

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await callCommentApi<{ comment: Omit<OwnComment, 'editableUntil'> }>('/api/comments', 'POST', {
      articleId,
      parentId,
      body,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result);
      return;
    }
    const createdAt = new Date(result.data.comment.createdAt).getTime();
    onPosted({ ...result.data.comment, editableUntil: createdAt + EDIT_WINDOW_MS });
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
      />
    </form>
  );
}
