import sanitizeHtml from 'sanitize-html';

/**
 * The one allow-list for article bodies: the editor's rendered HTML and imported WordPress HTML
 * both pass here before they are stored. No script, style, event handler or foreign URL survives;
 * pictures must be ours (/media/…), embeds are links with a provider and an id.
 */
const MEDIA_SRC = /^\/media\/\d{4}\/\d{2}\/[a-z0-9-]+\.(?:webp|avif|jpg|png)$/;
const SRCSET_ENTRY = /^\/media\/\d{4}\/\d{2}\/[a-z0-9-]+\.(?:webp|avif|jpg|png) \d{1,4}w$/;
const EMBED_ID = /^[A-Za-z0-9_-]{1,40}$/;

const dirAttr = { name: 'dir', multiple: false, values: ['auto', 'rtl', 'ltr'] };
const blocksWithDir = ['p', 'h2', 'h3', 'h4', 'li', 'ul', 'ol', 'blockquote', 'figcaption'];

function badSrcset(srcset: string | undefined): boolean {
  if (srcset === undefined) return false;
  return !srcset.split(/,\s*/).every((entry) => SRCSET_ENTRY.test(entry.trim()));
}

const policy: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'br'],
  allowedAttributes: {
    ...Object.fromEntries(blocksWithDir.map((tag) => [tag, [dirAttr]])),
    a: ['href', 'rel', { name: 'target', multiple: false, values: ['_blank'] }],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', { name: 'loading', multiple: false, values: ['lazy'] }, { name: 'decoding', multiple: false, values: ['async'] }],
    figure: ['class', { name: 'data-embed', multiple: false, values: ['youtube', 'x'] }, 'data-id', 'data-media'],
  },
  allowedClasses: { figure: ['embed'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener nofollow' } }),
  },
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' &&
      (!MEDIA_SRC.test(frame.attribs.src ?? '') ||
        !/^\d{1,4}$/.test(frame.attribs.width ?? '') ||
        !/^\d{1,4}$/.test(frame.attribs.height ?? '') ||
        badSrcset(frame.attribs.srcset))) ||
    (frame.tag === 'figure' && frame.attribs['data-id'] !== undefined && !EMBED_ID.test(frame.attribs['data-id'])),
};

/** A body's HTML, cut to the allow-list. Idempotent for anything the renderer produces. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, policy);
}

/** The text of a body's HTML (paragraphs separated by a blank line): reading time, excerpts, search. */
export function bodyText(html: string): string {
  const blocks = sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption)>/gi, '$&\n\n').replace(/<br\s*\/?>/gi, '\n'), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return blocks
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    // Last, or a written "&lt;" (stored as "&amp;lt;") would come out as "<".
    .replace(/&amp;/g, '&')
    .split(/\n{2,}/)
    .map((block) => block.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
