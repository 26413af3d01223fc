import { getTag } from '@/db/cached/taxonomy';
import { tagFeed } from '@/lib/feeds/documents';
import { listFeedRoute } from '@/lib/feeds/routes';
import { feedTexts } from '@/lib/feeds/texts';

export const GET = listFeedRoute(getTag, tagFeed, feedTexts.missing.tag);
