'use client';

import { useEffect, useState } from 'react';
import { hintCookieName, hintPath, readHint, type PersonalHint, type PersonalUser } from '@/lib/personal-hint';
import type { PersonalCommentJson } from '@/lib/personal-layer';

/** A comment of the reader's own as GET /api/me sends it, with what the site said about its latest edit. */
export type OwnComment = Omit<PersonalCommentJson, 'hasReplies'> & { notice?: string };

export type Me = { user: PersonalUser | null; comments: OwnComment[] };

// The hint cookie, taken as soon as the page starts (LazyRespond's first effect) so that it never
// outlives the page load it describes, and kept here until the comment section asks for it.
const hints = new Map<number, PersonalHint>();

export function takeHint(articleId: number): void {
  const hint = readHint(document.cookie, articleId);
  if (!hint) return;
  hints.set(articleId, hint);
  const secure = location.protocol === 'https:';
  document.cookie = `${hintCookieName(secure)}=; Path=${hintPath(articleId)}; Max-Age=0; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/**
 * The reader's personal layer: null while it is under way. The server's hint cookie answers it
 * when the reader has no comments of their own here (lib/personal-hint.ts); otherwise, and when
 * there is no hint, one request to /api/me.
 */
export function useMe(articleId: number): Me | null {
  // Read during render but deleted only once committed: React may render a mount more than once
  // before committing it (a suspended or interrupted render starts over), and each must see the hint.
  const [answered] = useState<Me | null>(() => {
    const hint = hints.get(articleId);
    return hint && hint.own === 0 ? { user: hint.user, comments: [] } : null;
  });
  const [fetched, setFetched] = useState<Me | null>(null);
  useEffect(() => {
    hints.delete(articleId);
    if (answered) return;
    let live = true;
    fetch(`/api/me?article=${articleId}`, { credentials: 'same-origin', cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : { user: null }))
      .then((data: Partial<Me>) => live && setFetched({ user: data.user ?? null, comments: data.comments ?? [] }))
      .catch(() => live && setFetched({ user: null, comments: [] }));
    return () => {
      live = false;
    };
  }, [articleId, answered]);
  return answered ?? fetched;
}
