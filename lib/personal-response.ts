import type { PersonalReads } from '@/db/queries/personal';
import type { CookieJar } from '@/lib/auth/cookie-jar';
import { sessionToken, withSessionRefOf } from '@/lib/auth/session-cookie';
import { idParamSchema } from '@/lib/page-param';
import { PERSONAL_HEADERS, personalLayer } from '@/lib/personal-layer';

// GET /api/me, whole: the query, the session, the answer. Its two servers only adapt it to their
// requests and responses: lib/server/personal-endpoint.ts (`npm start`, before Next's router) and
// app/api/me/route.ts (`next start`).

/** `?article=<id>`: whose own comments to list. Missing or malformed, it lists none (still a 200). */
const articleQuery = idParamSchema.nullable().catch(null);

export type PersonalResponse = {
  status: 200;
  headers: typeof PERSONAL_HEADERS & { 'content-type': 'application/json' };
  body: string;
};

/** Synchronous when the session token was decoded before (see withSessionRefOf). */
export function personalResponse(
  reads: PersonalReads,
  cookies: CookieJar,
  articleParam: string | null,
  now = Date.now(),
): PersonalResponse | Promise<PersonalResponse> {
  const articleId = articleQuery.parse(articleParam);
  return withSessionRefOf(sessionToken(cookies), (session) => ({
    status: 200,
    headers: { ...PERSONAL_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify(personalLayer(reads, session, articleId, now)),
  }));
}
