import { bodyText, sanitizeBody } from '@/lib/rich-text/sanitize';
import { autop } from './autop';
import { restoreFigures, shortcodes } from './shortcodes';

// A WordPress body → Khabar's stored body (docs/wordpress-import-research.md §3, "Bodies"):
// <!--more--> and <!--nextpage--> become paragraph breaks; [caption] a <figure>, [embed] its URL,
// every other shortcode is removed (its inner text kept) and counted; a URL alone on a line a link;
// classic bodies get their paragraphs (autop); pictures that are not ours become links to the
// original with their text, so nothing the reader saw is lost; then the one sanitizer.

export type ConvertedBody = {
  html: string;
  text: string;
  /** Shortcodes removed, by name. */
  droppedShortcodes: Record<string, number>;
  /** Pictures kept as links to their original address (no file to serve them from here). */
  externalImages: string[];
};

const OWN_MEDIA = /^\/media\//;

export function convertBody(raw: string, options: { siteUrl?: string } = {}): ConvertedBody {
  const externalImages: string[] = [];
  let html = raw.replace(/\r\n?/g, '\n').replace(/<!--\s*(?:more|nextpage)\b[^>]*-->/gi, '\n\n');
  html = html.replace(/<figure\b[^>]*\bwp-block-embed\b[^>]*>([\s\S]*?)<\/figure>/gi, (_, inner: string) => {
    const url = /https?:\/\/[^\s<>"]+/.exec(inner)?.[0];
    return url ? `\n\n${url}\n\n` : '';
  });
  const converted = shortcodes(html);
  html = converted.html.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm, (_, url: string) => `\n\n<p><a href="${url}">${url}</a></p>\n\n`);
  if (!/<!--\s*wp:/.test(raw)) html = autop(html);
  html = restoreFigures(html, converted.figures);
  if (options.siteUrl) html = relativeLinks(html, options.siteUrl);
  // In a figure the link stands where the picture was: its own block, apart from the caption.
  html = externalPictures(html, externalImages).replace(/<figure>\s*(<a\b[^>]*>[^<]*<\/a>)/g, '<figure><p>$1</p>');
  html = markLatinParagraphs(sanitizeBody(html).replace(/<p>\s*<\/p>/g, '').replace(/\n{2,}/g, '\n').trim());
  return { html, text: bodyText(html), droppedShortcodes: converted.dropped, externalImages };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);

/** <img> (or a link around one) whose file is not ours → a link to the original, labelled with its alt text. */
function externalPictures(html: string, found: string[]): string {
  const replace = (img: string): string | null => {
    const src = attr(img, 'src') ?? '';
    if (OWN_MEDIA.test(src)) return null;
    if (!/^https?:\/\//i.test(src)) return '';
    found.push(src);
    const alt = (attr(img, 'alt') ?? '').trim();
    return `<a href="${src.replace(/"/g, '&quot;')}">${alt ? `صورة: ${alt}` : 'صورة'}</a>`;
  };
  return html
    .replace(/<a\b[^>]*>\s*(<img\b[^>]*>)\s*<\/a>/gi, (whole, img: string) => replace(img) ?? whole)
    .replace(/<img\b[^>]*>/gi, (img) => replace(img) ?? img);
}

/** Links into the old site become paths, so they go through the old-link redirects. */
function relativeLinks(html: string, siteUrl: string): string {
  const host = siteUrl.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '');
  if (!host) return html;
  const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replace(new RegExp(`href="https?://(?:www\\.)?${escaped}(/[^"]*)?"`, 'gi'), (_, path?: string) => `href="${path || '/'}"`);
}

/** A paragraph that starts in a Latin script gets dir="auto", as the editor does for English. */
function markLatinParagraphs(html: string): string {
  return html.replace(/<p>(?=(?:\s|<(?!\/)[^>]*>)*[A-Za-z])/g, '<p dir="auto">');
}
