import { apiUser, failure, jsonBody, NO_STORE, requestMeta, sameOriginRefusal } from '@/lib/comments/http';
import { deleteOwnComment, editOwnComment, messages } from '@/lib/comments/submit';
import { parseIdParam } from '@/lib/page-param';

type Context = { params: Promise<{ id: string }> };

/** The author edits their comment (ten minutes, no replies yet); the rules decide again whether it shows. */
export async function PATCH(request: Request, { params }: Context) {
  const read = await jsonBody(request);
  if (read.response) return read.response;
  const { user, response } = await apiUser();
  if (!user) return response;
  const body = read.body;
  const input = { ...(typeof body === 'object' ? body : {}), id: (await params).id };
  const result = await editOwnComment(user, input, await requestMeta());
  if (!result.ok) return failure(result);
  return Response.json({ body: result.body, status: result.status, message: result.message }, { headers: NO_STORE });
}

/** The author deletes their comment (ten minutes, no replies yet). */
export async function DELETE(request: Request, { params }: Context) {
  const refused = sameOriginRefusal(request);
  if (refused) return refused;
  const { user, response } = await apiUser();
  if (!user) return response;
  const id = parseIdParam((await params).id);
  if (id === null) return failure({ status: 404, message: messages.commentMissing });
  const result = await deleteOwnComment(user, id);
  if (!result.ok) return failure(result);
  return new Response(null, { status: 204, headers: NO_STORE });
}
