import { pagePosition } from '@/lib/arabic/paging';

// What comment pages (…/comment-page-N) and their pagination say, in one place for review.

/** The pagination under the comments: oldest first, so the next page holds newer comments. */
export const commentPagination = { nav: 'صفحات التعليقات', prev: 'تعليقات أقدم', next: 'تعليقات أحدث' };

/** The heading of a comment page, before the article's title in quotes. */
export const COMMENTS_ON = 'التعليقات على';

export const commentsOn = (title: string) => `${COMMENTS_ON} «${title}»`;

export const commentPageDescription = (title: string, page: number, pageCount: number) =>
  `تعليقات القرّاء وردودهم على «${title}»، ${pagePosition(page, pageCount)}.`;
