'use client';

import { useState, type RefObject } from 'react';
import { EDIT_WINDOW_MS, MAX_COMMENT_LENGTH } from '@/lib/comments/limits';
import { callCommentApi, type ApiError } from './comment-api';
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

  const fieldError = error?.errors.body ?? error?.errors.parentId;
  return (
    <form onSubmit={submit} className="form" noValidate>
      {error && !fieldError && (
        <p className="form__message" role="alert">
          {error.message}
        </p>
      )}
      <div className="field">
        <label htmlFor="comment">التعليق</label>
        <textarea
          id="comment"
          name="body"
          ref={textarea}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          maxLength={MAX_COMMENT_LENGTH}
          required
          dir="auto"
          rows={6}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'comment-error' : undefined}
        />
        {fieldError && (
          <p id="comment-error" className="field__error" role="alert">
            {fieldError}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'جارٍ النشر…' : 'نشر التعليق'}
      </button>
    </form>
  );
}
