export const articlePath = (a: { id: number; slug: string }) => `/news/${a.id}/${encodeURIComponent(a.slug)}`;

/** Page `page` of an article's comments: the first is the article itself (WordPress's …/comment-page-N). */
export const commentPagePath = (a: { id: number; slug: string }, page = 1) =>
  page > 1 ? `${articlePath(a)}/comment-page-${page}` : articlePath(a);

/** A comment's permalink, on the comment page that holds its thread. */
export const commentPath = (a: { id: number; slug: string }, commentId: number, page = 1) =>
  `${commentPagePath(a, page)}#comment-${commentId}`;

export const sectionPath = (slug: string, page = 1) =>
  page > 1 ? `/section/${slug}/page/${page}` : `/section/${slug}`;

export const tagPath = (slug: string, page = 1) =>
  page > 1 ? `/tag/${encodeURIComponent(slug)}/page/${page}` : `/tag/${encodeURIComponent(slug)}`;

export const authorPath = (slug: string, page = 1) =>
  page > 1 ? `/author/${slug}/page/${page}` : `/author/${slug}`;

/** The no-JavaScript comment form of an article, optionally replying to a comment. */
export const replyPath = (a: { id: number; slug: string }, replyTo?: number) =>
  `${articlePath(a)}/reply${replyTo ? `?replytocom=${replyTo}` : ''}#respond`;

export const loginPath = (returnTo: string) => `/login?callbackUrl=${encodeURIComponent(returnTo)}`;

/** RSS: the whole site, a section, a tag, an author, an article's approved comments. */
export const feedPaths = {
  site: '/feed',
  section: (slug: string) => `${sectionPath(slug)}/feed`,
  tag: (slug: string) => `${tagPath(slug)}/feed`,
  author: (slug: string) => `${authorPath(slug)}/feed`,
  comments: (a: { id: number; slug: string }) => `${articlePath(a)}/feed`,
};

/** The sitemap index (robots.txt names it) and the files it lists. */
export const sitemapPaths = {
  index: '/sitemap.xml',
  news: '/sitemaps/news.xml',
  file: (name: string) => `/sitemaps/${name}.xml`,
};

/** An absolute URL on this site, for documents read elsewhere (feeds, sitemaps, JSON-LD). */
export const absoluteUrl = (path: string, siteUrl: string) => new URL(path, siteUrl).toString();
