import { sitePersonalReads } from '@/db/queries/users';
import { sessionRef } from '@/lib/auth/session-token';
import { PERSONAL_HEADERS, personalLayer } from '@/lib/personal-layer';

/** The personal layer of a cached article page (lib/personal-layer.ts; under `npm start`, scripts/serve.ts answers it first). */
export async function GET(request: Request) {
  const article = new URL(request.url).searchParams.get('article');
  return Response.json(personalLayer(sitePersonalReads(), await sessionRef(), article), { headers: PERSONAL_HEADERS });
}
