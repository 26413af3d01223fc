'use client';

import { useActionState } from 'react';
import { postCommentAction, type ReplyFormState } from '@/app/(site)/news/[id]/[slug]/reply/actions';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/limits';

/** Works as a plain form post; with JavaScript it also keeps the page in place. */
type Props = { articleId: number; parentId: number | null; initial?: ReplyFormState };

export function ReplyForm({ articleId, parentId, initial = {} }: Props) {
  const [state, action, pending] = useActionState<ReplyFormState, FormData>(postCommentAction, initial);
  const fieldError = state.errors?.body ?? state.errors?.parentId;
  return (
    <form action={action} className="form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={parentId ?? ''} />
      {state.message && !fieldError && (
        <p className="form__message" role="alert">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor="comment">التعليق</label>
        <textarea
          id="comment"
          name="body"
          defaultValue={state.body}
          key={state.body}
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
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? 'جارٍ النشر…' : 'نشر التعليق'}
      </button>
    </form>
  );
}
