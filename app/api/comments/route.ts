import { apiUser, failure, jsonBody, NO_STORE, requestMeta } from '@/lib/comments/http';
import { submitComment } from '@/lib/comments/submit';

/** Posts a comment or a reply: 201 with the comment, or the status and Arabic message of the refusal. */
export async function POST(request: Request) {
  const read = await jsonBody(request);
  if (read.response) return read.response;
  const { user, response } = await apiUser();
  if (!user) return response;
  const result = await submitComment(user, read.body, await requestMeta());
  if (!result.ok) return failure(result);
  return Response.json({ comment: result.comment }, { status: 201, headers: NO_STORE });
}
