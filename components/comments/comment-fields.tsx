import type { InputHTMLAttributes, RefObject, TextareaHTMLAttributes } from 'react';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/limits';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  error?: string;
  message?: string;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** The "tell me of replies" box: controlled by the JavaScript form, a plain checkbox in the reply page's form. */
  notify?: InputHTMLAttributes<HTMLInputElement>;
};

/** The comment box with its error beside it, and the post button: shared by both comment forms. */
export function CommentFields({ error, message, textareaRef, busy, notify, ...textarea }: Props & { busy: boolean }) {
  return (
    <>
      {message && !error && (
        <p className="form__message" role="alert">
          {message}
        </p>
      )}
      <div className="field">
        <label htmlFor="comment">التعليق</label>
        <textarea
          id="comment"
          name="body"
          ref={textareaRef}
          maxLength={MAX_COMMENT_LENGTH}
          required
          dir="auto"
          rows={6}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'comment-error' : undefined}
          {...textarea}
        />
        {error && (
          <p id="comment-error" className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <label className="form__check">
        <input type="checkbox" name="notifyReplies" {...notify} />
        أعلمني بالردود على تعليقي عبر البريد الإلكتروني
      </label>
      {/* Not `disabled`: a disabled button loses the keyboard focus while the comment is sent. */}
      <button type="submit" className="button" aria-disabled={busy || undefined} aria-busy={busy}>
        {busy ? 'جارٍ النشر…' : 'نشر التعليق'}
      </button>
    </>
  );
}
