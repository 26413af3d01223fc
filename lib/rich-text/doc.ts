/**
 * Small facts about an article body shared by the editor (browser) and the server: limits, safe link
 * targets, and the seed's plain-text paragraphs as HTML. No tiptap and no DOM here.
 */

/** The largest document JSON a save accepts (the server answers 413 beyond it). */
export const BODY_MAX_BYTES = 2 * 1024 * 1024;

/** The deepest nesting a document may have (doc > list > item > list > … > text). */
export const BODY_MAX_DEPTH = 32;

export const bodyTooLargeMessage = 'نص المقال أكبر من ٢ ميغابايت. قسّمه إلى مقالين أو احذف جزءاً منه ثم احفظ.';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The paragraphs of a plain-text body, as article-view.tsx always split them (blank lines). */
export function plainParagraphs(text: string): string[] {
  return text.split(/\n{2,}/).filter((p) => p.trim());
}

/** A seed (plain-text) body as HTML the editor can open: one <p> per blank-line-separated paragraph. */
export function htmlFromParagraphs(text: string): string {
  return plainParagraphs(text)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/**
 * Where a link in a body may point: http(s), mailto, or a path on this site. Everything else
 * (javascript:, data:, protocol-relative //host, control characters) is refused.
 */
export function isSafeHref(href: string): boolean {
  if (!href || href.length > 2048 || /[\u0000-\u0020\u007F]/.test(href)) return false;
  if (href.startsWith('/')) return !href.startsWith('//') && !href.startsWith('/\\');
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** A link typed without a scheme ("example.com/x") gets https://. */
export function normalizeHref(input: string): string {
  const href = input.trim();
  if (!href || href.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  return `https://${href}`;
}
