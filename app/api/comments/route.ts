import { apiUser, failure, NO_STORE, readJson, requestMeta } from '@/lib/comments/http';
import { submitComment } from '@/lib/comments/submit';

/** Posts a comment or a reply: 201 with the comment, or the status and Arabic message of the refusal. */
export async function POST(request: Request) {
  const { user, response } = await apiUser();
  if (!user) return response;
  const body = await readJson(request);
  if (body === undefined) return failure({ status: 400, message: 'تعذّر قراءة الطلب.' });
  const result = await submitComment(user, body, await requestMeta());
  if (!result.ok) return failure(result);
  return Response.json({ comment: result.comment }, { status: 201, headers: NO_STORE });
}
