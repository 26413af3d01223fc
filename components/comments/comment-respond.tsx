'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { signOutAction } from '@/app/(auth)/actions';
import { CommentForm } from './comment-form';
import { OwnCommentItem, OwnCommentTools, type OwnChange } from './own-comment';
import { SignedOutRespond } from './signed-out-respond';
import { useMe, type OwnComment } from './use-me';

type Props = { article: { id: number; slug: string }; path: string; open: boolean };
type ReplyTo = { id: number; name: string } | null;

/**
 * The "اترك رد" section, rendered in the browser only (see LazyRespond): after one request to
 * /api/me it becomes the form, puts the reader's own pending comments in place and offers edit links.
 */
export function CommentRespond({ article, path, open }: Props) {
  const me = useMe(article.id);
  const [replyTo, setReplyTo] = useState<ReplyTo>(null);
  // What this page changed since /api/me answered: new comments, edits, deletions (null).
  const [posted, setPosted] = useState<OwnComment[]>([]);
  const [changed, setChanged] = useState<Record<number, OwnChange>>({});
  const textarea = useRef<HTMLTextAreaElement>(null);
  const signedIn = !!me?.user && !me.user.banned;
  const mine = [...(me?.comments ?? []), ...posted]
    .filter((c) => changed[c.id] !== null)
    .map((c) => (changed[c.id] === undefined ? c : { ...c, ...changed[c.id] }));

  // "رد" links are plain URLs (the no-JavaScript reply page); signed in, they open the form here.
  useEffect(() => {
    if (!signedIn || !open) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-reply-to]');
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      setReplyTo({ id: Number(link.dataset.replyTo), name: link.dataset.author ?? '' });
      document.getElementById('respond')?.scrollIntoView({ block: 'start' });
      textarea.current?.focus();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [signedIn, open]);

  const onPosted = useCallback((comment: OwnComment) => {
    setPosted((list) => [...list, comment]);
    setReplyTo(null);
    window.requestAnimationFrame(() => document.getElementById(`comment-${comment.id}`)?.scrollIntoView({ block: 'center' }));
  }, []);
  const onChanged = useCallback((id: number, change: OwnChange) => {
    setChanged((all) => ({ ...all, [id]: change }));
    if (change?.status !== 'approved') document.querySelector(`#comment-${id}:not([data-own])`)?.setAttribute('hidden', '');
  }, []);

  return (
    <div className="respond" id="respond">
      <h3 id="reply-title">
        {replyTo ? <>اترك رداً على <bdi>{replyTo.name}</bdi></> : 'اترك رد'}
        {replyTo && (
          <small>
            {' '}
            <a href={`${path}#respond`} onClick={(e) => (e.preventDefault(), setReplyTo(null))}>
              إلغاء الرد
            </a>
          </small>
        )}
      </h3>
      <p className="respond__note">لن يتم نشر عنوان بريدك الإلكتروني.</p>
      {!open ? (
        <p>التعليقات مغلقة على هذا المقال.</p>
      ) : me?.user?.banned ? (
        <p>حسابك موقوف عن المشاركة في التعليقات.</p>
      ) : signedIn ? (
        <>
          <form action={signOutAction} className="respond__who">
            <input type="hidden" name="callbackUrl" value={`${path}#respond`} />
            تم تسجيل الدخول باسم <bdi>{me.user!.name}</bdi>.{' '}
            <button type="submit" className="link-button">
              تسجيل الخروج؟
            </button>
          </form>
          <CommentForm articleId={article.id} parentId={replyTo?.id ?? null} textarea={textarea} onPosted={onPosted} />
        </>
      ) : (
        <SignedOutRespond article={article} path={path} />
      )}
      <OwnComments comments={mine} onChanged={onChanged} />
    </div>
  );
}

/**
 * Each own comment goes where it belongs: under its parent, or after the thread when it has none or
 * its parent is on another comment page.
 */
function OwnComments({ comments, onChanged }: { comments: OwnComment[]; onChanged: (id: number, change: OwnChange) => void }) {
  return comments.map((c) => {
    const rendered = document.querySelector(`#comment-${c.id}:not([data-own])`);
    if (rendered && c.status === 'approved') {
      const slot = document.getElementById(`tools-${c.id}`);
      return slot && c.editableUntil ? createPortal(<OwnCommentTools comment={c} onChanged={onChanged} />, slot, `t${c.id}`) : null;
    }
    const slot = (c.parentId && document.getElementById(`own-${c.parentId}`)) || document.getElementById('own-root');
    return slot ? createPortal(<OwnCommentItem comment={c} onChanged={onChanged} />, slot, `c${c.id}`) : null;
  });
}
