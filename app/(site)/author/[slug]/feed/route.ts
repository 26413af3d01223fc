import { getAuthor } from '@/db/cached/taxonomy';
import { authorFeed } from '@/lib/feeds/documents';
import { listFeedRoute } from '@/lib/feeds/routes';
import { feedTexts } from '@/lib/feeds/texts';

export const GET = listFeedRoute(getAuthor, authorFeed, feedTexts.missing.author);
