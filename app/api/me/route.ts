import { cookies } from 'next/headers';
import { sitePersonalReads } from '@/db/queries/users';
import { personalResponse } from '@/lib/personal-response';

/** The personal layer of a cached article page (lib/personal-response.ts; under `npm start`, scripts/serve.ts answers it first). */
export async function GET(request: Request) {
  const article = new URL(request.url).searchParams.get('article');
  const { status, headers, body } = await personalResponse(sitePersonalReads(), await cookies(), article);
  return new Response(body, { status, headers });
}
