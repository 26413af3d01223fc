import { XML_CONTENT_TYPE, xmlResponse } from '@/lib/http/xml-response';
import { sitemapIndex } from '@/lib/sitemaps/documents';

/** /sitemap.xml: the sitemap index (robots.txt names it). */
export async function GET(): Promise<Response> {
  return xmlResponse(await sitemapIndex(), XML_CONTENT_TYPE);
}
