import { getArticle } from '@/db/cached/articles';
import { decodeParam } from '@/lib/arabic/slugify';
import { commentsFeed } from '@/lib/feeds/documents';
import { feedTexts } from '@/lib/feeds/texts';
import { missingResponse, movedResponse, RSS_CONTENT_TYPE, xmlResponse } from '@/lib/http/xml-response';
import { parseIdParam } from '@/lib/page-param';
import { feedPaths } from '@/lib/urls';

// /news/<id>/<slug>/feed: the article's approved comments (this static segment wins over
// [commentPage]). A stale slug moves (308) like the article; an unpublished article has no feed.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; slug: string }> }): Promise<Response> {
  const { id: idParam, slug } = await params;
  const id = parseIdParam(idParam);
  const article = id === null ? null : await getArticle(id);
  if (!article) return missingResponse(feedTexts.missing.article);
  if (decodeParam(slug) !== article.slug) return movedResponse(feedPaths.comments(article));
  return xmlResponse(await commentsFeed({ id: article.id, slug: article.slug, title: article.title }), RSS_CONTENT_TYPE);
}
