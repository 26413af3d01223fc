import type { OwnComment } from '@/db/queries/comments';
import type { PersonalReads } from '@/db/queries/personal';
import type { AccountUser } from '@/db/queries/users';
import type { SessionRef } from '@/lib/auth/session-cookie';
import type { PersonalHint, PersonalUser } from '@/lib/personal-hint';
import { EDIT_WINDOW_MS } from '@/lib/comments/limits';

// GET /api/me: the personal layer of a cached article page in one small response (answered by
// lib/personal-response.ts), and its short form for the hint cookie.

export const PERSONAL_HEADERS = { 'Cache-Control': 'private, no-store' } as const;

/** A comment of the reader's own, with until when they may still change it (null: no longer). */
export type PersonalComment = OwnComment & { editableUntil: number | null };

export type PersonalLayer = { user: null } | { user: PersonalUser; comments: PersonalComment[] };

/** A PersonalComment as the page receives it from /api/me: JSON, so its date is a string. */
export type PersonalCommentJson = Omit<PersonalComment, 'createdAt'> & { createdAt: string };

/** The personal layer's short form for the hint cookie: who, and how many own comments to fetch. */
export function personalHint(reads: PersonalReads, session: SessionRef | null, articleId: number, now = Date.now()): PersonalHint {
  const user = session ? reads.userWithOwnCount(session, articleId, new Date(now - EDIT_WINDOW_MS), now) : null;
  if (!user) return { article: articleId, user: null, own: 0 };
  return { article: articleId, user: publicUser(user), own: user.own };
}

function publicUser(user: AccountUser): PersonalUser {
  return { name: user.name, role: user.role, banned: user.bannedAt !== null };
}

/** Who is signed in, and their comments on the article that only they can see or still edit. */
export function personalLayer(
  reads: PersonalReads,
  session: SessionRef | null,
  articleId: number | null,
  now = Date.now(),
): PersonalLayer {
  const user = session ? reads.user(session, now) : null;
  if (!user) return { user: null };
  const own = articleId === null ? [] : reads.ownComments(user.id, articleId, new Date(now - EDIT_WINDOW_MS));
  return {
    user: publicUser(user),
    comments: own.map((c) => ({
      ...c,
      editableUntil: c.hasReplies || c.createdAt.getTime() + EDIT_WINDOW_MS <= now ? null : c.createdAt.getTime() + EDIT_WINDOW_MS,
    })),
  };
}
