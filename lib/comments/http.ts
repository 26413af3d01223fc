import 'server-only';
import { headers } from 'next/headers';
import { requireUser } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { CROSS_SITE_MESSAGE, crossSiteRefusal } from '@/lib/http/same-origin';
import { PERSONAL_HEADERS } from '@/lib/personal-layer';
import { clientAddress, hashAddress } from '@/lib/request';
import type { CommentFailure } from './submit';

/** Every comment API answer is this user's alone. */
export const NO_STORE = PERSONAL_HEADERS;

export function failure(result: Pick<CommentFailure, 'status' | 'message' | 'errors'>): Response {
  return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status, headers: NO_STORE });
}

/**
 * The JSON body of a comment API call, or the refusal: 403 from another site's page, 415 for
 * anything but application/json (a form or a text/plain fetch from another site), 400 unreadable.
 */
export async function jsonBody(request: Request): Promise<{ body: unknown; response?: undefined } | { response: Response }> {
  if (crossSiteRefusal(request.headers, env().SITE_URL)) return { response: failure({ status: 403, message: CROSS_SITE_MESSAGE }) };
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    return { response: failure({ status: 415, message: 'يُقبل الطلب بصيغة JSON فقط.' }) };
  }
  try {
    return { body: await request.json() };
  } catch {
    return { response: failure({ status: 400, message: 'تعذّر قراءة الطلب.' }) };
  }
}

/** For a call with no body (DELETE): only the same-origin check. */
export function sameOriginRefusal(request: Request): Response | null {
  return crossSiteRefusal(request.headers, env().SITE_URL) ? failure({ status: 403, message: CROSS_SITE_MESSAGE }) : null;
}

/** The signed-in user for an API call, or the 403 response. */
export async function apiUser() {
  const result = await requireUser();
  return result.ok ? { user: result.user } : { response: failure(result) };
}

export async function requestMeta() {
  const ip = await clientAddress();
  return { ip, ipHash: hashAddress(ip), userAgent: (await headers()).get('user-agent') };
}
