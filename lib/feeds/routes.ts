import 'server-only';
import { decodeParam } from '@/lib/arabic/slugify';
import { missingResponse, RSS_CONTENT_TYPE, xmlResponse } from '@/lib/http/xml-response';

type Named = { id: number; slug: string; name: string };
export type SlugParams = { params: Promise<{ slug: string }> };

/** GET of /section|tag|author/<slug>/feed: the list's feed, or 404 for a slug that names nothing. */
export function listFeedRoute<T extends Named>(find: (slug: string) => Promise<T | null>, feed: (entity: Named) => Promise<string>, missing: string) {
  return async function GET(_request: Request, { params }: SlugParams): Promise<Response> {
    const entity = await find(decodeParam((await params).slug));
    if (!entity) return missingResponse(missing);
    return xmlResponse(await feed({ id: entity.id, slug: entity.slug, name: entity.name }), RSS_CONTENT_TYPE);
  };
}
