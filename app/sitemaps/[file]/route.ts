import { feedTexts } from '@/lib/feeds/texts';
import { missingResponse, XML_CONTENT_TYPE, xmlResponse } from '@/lib/http/xml-response';
import { sitemapFile } from '@/lib/sitemaps/documents';
import { parseSitemapFile } from '@/lib/sitemaps/files';

/** /sitemaps/<name>.xml: news, sections, articles-N, tags-N, authors-N; anything else is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = parseSitemapFile((await params).file);
  const xml = file && (await sitemapFile(file));
  if (!xml) return missingResponse(feedTexts.missing.sitemap);
  return xmlResponse(xml, XML_CONTENT_TYPE);
}
