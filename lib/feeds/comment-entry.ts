import { formatCommentText } from '@/lib/comments/format';
import { escapeHtml } from '@/lib/rich-text/doc';
import { absoluteUrl } from '@/lib/urls';
import type { RssEntry } from './rss';
import { feedTexts } from './texts';

type FeedComment = { id: number; authorName: string; body: string; createdAt: Date };

/** A comment's text as HTML: paragraphs, line breaks, and its links (never followed by crawlers). */
export function commentHtml(body: string): string {
  return formatCommentText(body)
    .map((lines) => {
      const html = lines.map((pieces) =>
        pieces
          .map((p) => (p.kind === 'link' ? `<a href="${escapeHtml(p.href)}" rel="nofollow ugc">${escapeHtml(p.text)}</a>` : escapeHtml(p.text)))
          .join(''),
      );
      return `<p>${html.join('<br>')}</p>`;
    })
    .join('');
}

/** An approved comment as an item of its article's comments feed; `permalink` is its comment page's anchor. */
export function commentEntry(articleId: number, comment: FeedComment, permalink: string, siteUrl: string): RssEntry {
  const html = commentHtml(comment.body);
  return {
    title: feedTexts.commentBy(comment.authorName),
    link: absoluteUrl(permalink, siteUrl),
    guid: absoluteUrl(`/news/${articleId}#comment-${comment.id}`, siteUrl),
    date: comment.createdAt,
    description: html,
    html,
    creator: comment.authorName,
    categories: [],
  };
}
