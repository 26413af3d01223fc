/**
 * Clipboard HTML from Word, Google Docs and LibreOffice, made ready for the editor's parser (TipTap's
 * `transformPastedHTML`). The parser already drops everything outside the schema (styles, classes,
 * fonts, colours, <o:p>, scripts); this fixes what it would get wrong:
 * - h1 → h2 and h5/h6 → h4 (the body has h2–h4; the article title is the page's h1), Word's Title → h2;
 * - Word's list paragraphs (`mso-list:l0 level1`, the number or bullet typed into the text) → real
 *   <ol>/<ul> with nesting, the typed marker removed;
 * - Google's redirect links (https://www.google.com/url?q=…) → the real address;
 * - pasted `dir` attributes dropped (the body sets direction itself, see direction.ts);
 * - pictures counted: they are never taken from the clipboard (a remote or file:// address is not
 *   ours), so the editor tells the writer to upload them.
 * String work only: runs the same in the browser and in the unit tests (no DOM).
 */
export type PasteResult = { html: string; skippedImages: number };

const OWN_MEDIA = /^(?:https?:\/\/[^/]+)?\/media\/\d{4}\/\d{2}\//;

function attr(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/gi, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function countForeignImages(html: string): number {
  let count = 0;
  for (const [tag] of html.matchAll(/<(?:img|v:imagedata)\b[^>]*>/gi)) {
    const src = decodeEntities(attr(tag, 'src') ?? '');
    if (!OWN_MEDIA.test(src)) count++;
  }
  return count;
}

/** https://www.google.com/url?q=<real>&sa=… → <real> (only when the real one is http(s)). */
export function unwrapGoogleRedirect(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (!/^(?:www\.)?google\.[a-z.]{2,6}$/i.test(url.hostname) || url.pathname !== '/url') return href;
  const target = url.searchParams.get('q') ?? url.searchParams.get('url');
  return target && /^https?:\/\//i.test(target) ? target : href;
}

function unwrapLinks(html: string): string {
  return html.replace(/(<a\b[^>]*?\shref\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi, (whole, start: string, dq?: string, sq?: string) => {
    const href = decodeEntities(dq ?? sq ?? '');
    const real = unwrapGoogleRedirect(href);
    return real === href ? whole : `${start}"${escapeAttr(real)}"`;
  });
}

function dropDir(html: string): string {
  return html.replace(/<([a-z][a-z0-9:-]*)(\s[^<>]*?)?(\/?)>/gi, (whole, name: string, attrs: string | undefined, slash: string) =>
    attrs && /\sdir\s*=/i.test(attrs)
      ? `<${name}${attrs.replace(/\sdir\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')}${slash}>`
      : whole,
  );
}

function renameHeadings(html: string): string {
  return html
    .replace(/<(\/?)h([1-6])\b/gi, (_, close: string, level: string) => `<${close}h${Math.min(4, Math.max(2, Number(level)))}`)
    .replace(/<p\b([^>]*\bclass\s*=\s*["']?MsoTitle\b[^>]*)>([\s\S]*?)<\/p>/gi, '<h2$1>$2</h2>');
}

// Word writes the list marker between these; as comments or as "downlevel-revealed" markup.
const WORD_MARKER = /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/i;
const TYPED_MARKER = /^(?:\s|&nbsp;|&#160;|\u00A0)*(?:[(]?(?:[0-9\u0660-\u0669]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,5}|[\u0621-\u064A])[.)\-]|[·•o§▪■◦●○\-–*])(?:\s|&nbsp;|&#160;|\u00A0)+/;
const ORDERED_MARKER = /^[(]?(?:[0-9\u0660-\u0669]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[\u0621-\u064A])[.)\-]/;

type ListItem = { level: number; type: 'ol' | 'ul'; content: string };

function wordListItem(attrs: string, inner: string): ListItem | null {
  const style = decodeEntities(attr(`<p ${attrs}>`, 'style') ?? '');
  const list = /mso-list\s*:\s*l\d+\s+level(\d+)/i.exec(style);
  if (!list) return null;
  let content = inner;
  let marker = '';
  const word = WORD_MARKER.exec(content);
  if (word) {
    marker = decodeEntities((word[1] ?? '').replace(/<[^>]*>/g, '')).trim();
    content = content.replace(WORD_MARKER, '');
  } else {
    const [, tags = '', text = ''] = /^((?:\s*<[^>]+>)*)([\s\S]*)$/.exec(content) ?? [];
    const typed = TYPED_MARKER.exec(text);
    if (typed) {
      marker = decodeEntities(typed[0]).trim();
      content = tags + text.slice(typed[0].length);
    }
  }
  return { level: Math.min(9, Number(list[1]) || 1), type: ORDERED_MARKER.test(marker) ? 'ol' : 'ul', content };
}

function listHtml(items: ListItem[]): string {
  let out = '';
  const open: ListItem[] = [];
  for (const item of items) {
    while (open.length && open[open.length - 1]!.level > item.level) out += `</li></${open.pop()!.type}>`;
    const top = open[open.length - 1];
    if (top && top.level === item.level && top.type === item.type) {
      out += `</li><li><p>${item.content}</p>`;
      continue;
    }
    if (top && top.level === item.level) out += `</li></${open.pop()!.type}>`;
    out += `<${item.type}><li><p>${item.content}</p>`;
    open.push(item);
  }
  while (open.length) out += `</li></${open.pop()!.type}>`;
  return out;
}

/** Word's list paragraphs, grouped run by run into nested lists; other paragraphs stay as they are. */
function wordLists(html: string): string {
  let out = '';
  let cursor = 0;
  let run: ListItem[] = [];
  for (const match of html.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p>/gi)) {
    const item = wordListItem(match[1] ?? '', match[2] ?? '');
    if (!item) continue;
    const between = html.slice(cursor, match.index);
    if (run.length && between.trim() === '') {
      run.push(item);
    } else {
      if (run.length) out += listHtml(run);
      out += between;
      run = [item];
    }
    cursor = match.index + match[0].length;
  }
  if (run.length) out += listHtml(run);
  return out + html.slice(cursor);
}

export function cleanPastedHtml(html: string): PasteResult {
  const skippedImages = countForeignImages(html);
  const cleaned = dropDir(unwrapLinks(renameHeadings(wordLists(html))));
  return { html: cleaned, skippedImages };
}
