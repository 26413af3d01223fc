import { listOwnComments } from '@/db/queries/comments';
import { currentUser } from '@/lib/auth/guards';
import { NO_STORE } from '@/lib/comments/http';
import { EDIT_WINDOW_MS } from '@/lib/comments/limits';
import { parseIdParam } from '@/lib/page-param';

/**
 * The personal layer of a cached article page, in one small request: who is signed in, their
 * comments on this article that only they can see or still edit.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ user: null }, { headers: NO_STORE });
  const articleId = parseIdParam(new URL(request.url).searchParams.get('article') ?? '');
  const since = new Date(Date.now() - EDIT_WINDOW_MS);
  const own = articleId === null ? [] : await listOwnComments(user.id, articleId, since);
  return Response.json(
    {
      user: { name: user.name, role: user.role, banned: user.bannedAt !== null },
      comments: own.map((c) => ({
        ...c,
        editableUntil:
          c.hasReplies || c.createdAt.getTime() + EDIT_WINDOW_MS <= Date.now() ? null : c.createdAt.getTime() + EDIT_WINDOW_MS,
      })),
    },
    { headers: NO_STORE },
  );
}
