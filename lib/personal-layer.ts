import type { PersonalReads } from '@/db/queries/personal';
import type { AccountUser } from '@/db/queries/users';
import type { UserRole } from '@/db/schema';
import type { SessionRef } from '@/lib/auth/session-cookie';
import type { PersonalHint } from '@/lib/personal-hint';
import { EDIT_WINDOW_MS } from '@/lib/comments/limits';
import { parseIdParam } from '@/lib/page-param';

// GET /api/me: the personal layer of a cached article page in one small response. Built here once
// for both servers of that URL: app/api/me/route.ts (`next start`) and scripts/serve.ts (`npm start`),
// which answers it before Next's router because that router alone costs more than the whole answer.

export const PERSONAL_HEADERS = { 'Cache-Control': 'private, no-store' } as const;

export type PersonalLayer =
  | { user: null }
  | {
      user: { name: string; role: UserRole; banned: boolean };
      comments: (ReturnType<PersonalReads['ownComments']>[number] & { editableUntil: number | null })[];
    };

/** The personal layer's short form for the hint cookie: who, and how many own comments to fetch. */
export function personalHint(reads: PersonalReads, session: SessionRef | null, articleId: number, now = Date.now()): PersonalHint {
  const user = session ? reads.userWithOwnCount(session, articleId, new Date(now - EDIT_WINDOW_MS), now) : null;
  if (!user) return { article: articleId, user: null, own: 0 };
  return { article: articleId, user: publicUser(user), own: user.own };
}

function publicUser(user: AccountUser) {
  return { name: user.name, role: user.role, banned: user.bannedAt !== null };
}

/** Who is signed in, and their comments on the article that only they can see or still edit. */
export function personalLayer(
  reads: PersonalReads,
  session: SessionRef | null,
  articleParam: string | null,
  now = Date.now(),
): PersonalLayer {
  const user = session ? reads.user(session, now) : null;
  if (!user) return { user: null };
  const articleId = parseIdParam(articleParam ?? '');
  const own = articleId === null ? [] : reads.ownComments(user.id, articleId, new Date(now - EDIT_WINDOW_MS));
  return {
    user: publicUser(user),
    comments: own.map((c) => ({
      ...c,
      editableUntil: c.hasReplies || c.createdAt.getTime() + EDIT_WINDOW_MS <= now ? null : c.createdAt.getTime() + EDIT_WINDOW_MS,
    })),
  };
}
