import { putAutosave } from '@/db/queries/article-autosaves';
import { findArticleTrace } from '@/db/queries/articles-admin';
import { newsroomMessages } from '@/lib/admin/messages';
import { requireCapability } from '@/lib/auth/guards';
import { failure, jsonBody, NO_STORE } from '@/lib/comments/http';
import { may } from '@/lib/newsroom/policy';
import { parseIdParam } from '@/lib/page-param';
import { autosaveSchema, MAX_BODY_BYTES } from '@/lib/validation/article';

/**
 * The editor's autosave while typing: JSON { baseVersion, title, excerpt, bodyJson } → 204, kept
 * per article and person (article_autosaves), offered back when the editor is opened again.
 * Refusals: 403 (not signed in, no role, not theirs), 404, 413 (over 2 MB), 415, 422.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES + 64 * 1024) return failure({ status: 413, message: newsroomMessages.bodyTooLarge });
  const auth = await requireCapability('write');
  if (!auth.ok) return failure(auth);
  const id = parseIdParam((await params).id);
  const article = id === null ? null : await findArticleTrace(id);
  if (!article) return failure({ status: 404, message: newsroomMessages.missing });
  if (!may(auth.user, 'edit', article)) return failure({ status: 403, message: newsroomMessages.forbiddenEdit });
  const read = await jsonBody(request);
  if (read.response) return read.response;
  const parsed = autosaveSchema.safeParse(read.body);
  if (!parsed.success) {
    const tooLarge = parsed.error.issues.some((i) => i.path[0] === 'bodyJson');
    return failure({ status: tooLarge ? 413 : 422, message: tooLarge ? newsroomMessages.bodyTooLarge : newsroomMessages.invalidForm });
  }
  await putAutosave({ articleId: article.id, userId: auth.user.id, ...parsed.data });
  return new Response(null, { status: 204, headers: NO_STORE });
}
