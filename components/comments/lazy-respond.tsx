'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { SignedOutRespond } from './signed-out-respond';
import { takeHint } from './use-me';

const CommentRespond = lazy(() => import('./comment-respond').then((m) => ({ default: m.CommentRespond })));

type Props = { article: { id: number; slug: string }; path: string; open: boolean };

/**
 * The comment section's code and the reader's personal request load only when the section comes
 * near the screen; until then it is the signed-out HTML of the cache.
 */
export function LazyRespond(props: Props) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);

  useEffect(() => takeHint(props.article.id), [props.article.id]);

  useEffect(() => {
    // A URL ending in #respond has already scrolled here, so the observer fires at once.
    const node = placeholder.current;
    if (!node) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setWanted(true), {
      rootMargin: '1200px 0px',
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const signedOut = (
    <div className="respond" id="respond" ref={placeholder}>
      <h3 id="reply-title">اترك رد</h3>
      <p className="respond__note">لن يتم نشر عنوان بريدك الإلكتروني.</p>
      {props.open ? <SignedOutRespond article={props.article} path={props.path} /> : <p>التعليقات مغلقة على هذا المقال.</p>}
    </div>
  );
  if (!wanted) return signedOut;
  return (
    <Suspense fallback={signedOut}>
      <CommentRespond {...props} />
    </Suspense>
  );
}
