export const SITE_NAME = 'خبر';
export const SITE_DESCRIPTION = 'أخبار العالم العربي والعالم لحظة بلحظة';
export const ARTICLES_PER_PAGE = 10;
