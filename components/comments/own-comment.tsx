'use client';

import { useState } from 'react';
import { callCommentApi } from './comment-api';
import { CommentBody } from './comment-body';
import type { OwnComment } from './use-me';

/** What an edit (body, status, notice) or a deletion (null) changed. */
export type OwnChange = Pick<OwnComment, 'body' | 'status' | 'notice'> | null;
type Changed = (id: number, change: OwnChange) => void;

/** A comment only its author sees yet (pending), or one they just posted. */
export function OwnCommentItem({ comment, onChanged }: { comment: OwnComment; onChanged: Changed }) {
  return (
    <ol className="comment-list">
      <li id={`comment-${comment.id}`} data-own="">
        <article className="comment comment--own" aria-label={`تعليقك`}>
          <header className="comment__head">
            <bdi className="comment__author">{comment.authorName}</bdi>
            <time dateTime={comment.createdAt}>الآن</time>
          </header>
          {comment.status !== 'approved' && (
            <p className="comment__pending" role={comment.notice ? 'status' : undefined}>
              {comment.notice ?? 'تعليقك بانتظار المراجعة.'}
            </p>
          )}
          <CommentBody text={comment.body} />
          {comment.editableUntil && <OwnCommentTools comment={comment} onChanged={onChanged} />}
        </article>
      </li>
    </ol>
  );
}

/** "تعديل" and "حذف" for ten minutes after posting. */
export function OwnCommentTools({ comment, onChanged }: { comment: OwnComment; onChanged: Changed }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState('');
  if (!comment.editableUntil) return null;

  async function save() {
    type Edited = { body: string; status: OwnComment['status']; message?: string };
    const result = await callCommentApi<Edited>(`/api/comments/${comment.id}`, 'PATCH', { body });
    if (!result.ok) return setError(result.errors.body ?? result.message);
    // Held by the rules again, it leaves the public thread and shows as the author's own waiting comment.
    onChanged(comment.id, { body: result.data.body, status: result.data.status, notice: result.data.message });
    const shown = document.querySelector(`#comment-${comment.id}:not([data-own]) .comment__body`);
    if (shown && result.data.status === 'approved') shown.textContent = result.data.body;
    setEditing(false);
    setError('');
  }

  async function remove() {
    if (!window.confirm('هل تريد حذف هذا التعليق؟')) return;
    const result = await callCommentApi(`/api/comments/${comment.id}`, 'DELETE');
    if (!result.ok) return setError(result.message);
    onChanged(comment.id, null);
  }

  if (editing) {
    return (
      <div className="comment__edit">
        <label htmlFor={`edit-${comment.id}`} className="visually-hidden">
          تعديل التعليق
        </label>
        <textarea id={`edit-${comment.id}`} value={body} onChange={(e) => setBody(e.target.value)} dir="auto" rows={4} />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="button" onClick={save}>
          حفظ التعديل
        </button>{' '}
        <button type="button" className="link-button" onClick={() => setEditing(false)}>
          إلغاء
        </button>
      </div>
    );
  }
  return (
    <span className="comment__tools">
      <button type="button" className="link-button" onClick={() => setEditing(true)}>
        تعديل
      </button>{' '}
      <button type="button" className="link-button" onClick={remove}>
        حذف
      </button>
      {error && (
        <span className="field__error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
