import { getSection } from '@/db/cached/taxonomy';
import { sectionFeed } from '@/lib/feeds/documents';
import { listFeedRoute } from '@/lib/feeds/routes';
import { feedTexts } from '@/lib/feeds/texts';

export const GET = listFeedRoute(getSection, sectionFeed, feedTexts.missing.section);
