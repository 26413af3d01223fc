import { siteFeed } from '@/lib/feeds/documents';
import { RSS_CONTENT_TYPE, xmlResponse } from '@/lib/http/xml-response';

/** /feed: the newest articles of the whole site, whole. */
export async function GET(): Promise<Response> {
  return xmlResponse(await siteFeed(), RSS_CONTENT_TYPE);
}
