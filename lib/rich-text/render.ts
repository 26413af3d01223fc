import 'server-only';
import { getSchema, type JSONContent } from '@tiptap/core';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { renderToHTMLString, serializeAttrsToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import type { MediaVariant } from '@/db/schema';
import { imageAttributes } from '@/lib/media/variants';
import { blockDirection } from './direction';
import { BODY_MAX_BYTES, BODY_MAX_DEPTH, bodyTooLargeMessage, isSafeHref } from './doc';
import { embedUrl, isEmbedId, parseEmbedUrl, type EmbedProvider } from './embeds';
import { bodyDocumentSchema, type BodyMark, type BodyNode } from './validate';
import { DIRECTED_BLOCKS, bodyExtensions } from './schema';
import { bodyText, sanitizeBody } from './sanitize';

/**
 * The body's one render: the editor's JSON → sanitized HTML, run once per save (and by
 * scripts/rerender-articles.ts when RENDER_VERSION changes). Reader pages only read the stored HTML.
 */

/** Bump when the schema, this render or the sanitizer's policy changes the stored HTML. */
export const RENDER_VERSION = 1;

export type BodyPicture = { width: number; height: number; variants: MediaVariant[] };
export type RenderResult =
  | { ok: true; html: string; text: string; mediaIds: string[] }
  | { ok: false; status: 413 | 422; message: string };

/** The article column: at most ~830 px beside the sidebar (app/globals.css .article-layout), else the screen. */
const BODY_IMAGE_SIZES = '(min-width: 960px) 830px, 100vw';

const invalid = (message: string): RenderResult => ({ ok: false, status: 422, message });
const messages = {
  notJson: 'تعذّر قراءة نص المقال. أعد تحميل الصفحة وحاول الحفظ مرة أخرى.',
  tooDeep: 'نص المقال متداخل أكثر مما ينبغي (قوائم داخل قوائم). بسّط بنيته ثم احفظ.',
  unknown: 'نص المقال يحتوي عناصر لا يدعمها المحرر. انسخ النص من جديد أو احذف العنصر ثم احفظ.',
};

let cached: { extensions: ReturnType<typeof bodyExtensions>; schema: Schema } | null = null;
function model() {
  if (!cached) {
    const extensions = bodyExtensions();
    cached = { extensions, schema: getSchema(extensions) };
  }
  return cached;
}

/** Deeper than the limit? Walked with an explicit stack: a hostile document cannot overflow ours. */
function tooDeep(value: unknown): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > BODY_MAX_DEPTH * 2 + 4) return true;
    if (Array.isArray(item)) for (const child of item) stack.push([child, depth + 1]);
    else if (item && typeof item === 'object') for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

function depthOf(node: BodyNode): number {
  let deepest = 0;
  for (const child of node.content ?? []) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

function textOf(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  if (node.type === 'embed') return '';
  return (node.content ?? []).map(textOf).join(' ');
}

function parse(json: string): { ok: true; doc: BodyNode } | { ok: false; result: RenderResult } {
  if (Buffer.byteLength(json, 'utf8') > BODY_MAX_BYTES) return { ok: false, result: { ok: false, status: 413, message: bodyTooLargeMessage } };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, result: invalid(messages.notJson) };
  }
  if (tooDeep(raw)) return { ok: false, result: invalid(messages.tooDeep) };
  const parsed = bodyDocumentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, result: invalid(messages.unknown) };
  if (depthOf(parsed.data) > BODY_MAX_DEPTH) return { ok: false, result: invalid(messages.tooDeep) };
  return { ok: true, doc: parsed.data };
}

/**
 * The document as it will be rendered: every block's dir from its own text (direction.ts), links
 * only to safe targets (others lose the link, keep the text), embeds rebuilt from provider + id
 * (a bad id drops the embed), pictures reduced to their media id, alt and caption.
 */
function normalize(node: BodyNode): BodyNode | null {
  const attrs = { ...node.attrs };
  if ((DIRECTED_BLOCKS as readonly string[]).includes(node.type)) attrs.dir = blockDirection(textOf(node));
  if (node.type === 'embed') {
    const provider = attrs.provider as EmbedProvider;
    const id = String(attrs.id ?? '');
    if ((provider !== 'youtube' && provider !== 'x') || !isEmbedId(provider, id)) return null;
    const fromUrl = typeof attrs.url === 'string' ? parseEmbedUrl(attrs.url) : null;
    attrs.url = fromUrl && fromUrl.provider === provider && fromUrl.id === id ? fromUrl.url : embedUrl(provider, id);
  }
  if (node.type === 'figure') {
    attrs.src = null;
    attrs.width = null;
    attrs.height = null;
  }
  const marks = node.marks
    ?.map((mark): BodyMark | null => {
      if (mark.type !== 'link') return { type: mark.type };
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href.trim() : '';
      return isSafeHref(href) ? { type: 'link' as const, attrs: { href, rel: 'noopener nofollow', target: null, class: null, title: null } } : null;
    })
    .filter((mark): mark is BodyMark => mark !== null);
  const content = node.content?.map(normalize).filter((child): child is BodyNode => child !== null);
  return {
    type: node.type,
    ...(node.attrs || Object.keys(attrs).length ? { attrs } : {}),
    ...(node.text !== undefined ? { text: node.text } : {}),
    ...(marks ? { marks } : {}),
    ...(content ? { content } : {}),
  };
}

function collectMediaIds(node: BodyNode, into: Set<string>) {
  if (node.type === 'figure' && typeof node.attrs?.mediaId === 'string') into.add(node.attrs.mediaId);
  for (const child of node.content ?? []) collectMediaIds(child, into);
}

/** The media ids a document's pictures use (fetch them, then call renderBody); [] for a bad document. */
export function bodyMediaIds(json: string): string[] {
  const parsed = parse(json);
  if (!parsed.ok) return [];
  const ids = new Set<string>();
  collectMediaIds(parsed.doc, ids);
  return [...ids];
}

function figureHtml(node: PMNode, caption: string, pictures: ReadonlyMap<string, BodyPicture>): string {
  const mediaId = typeof node.attrs.mediaId === 'string' ? node.attrs.mediaId : '';
  const picture = mediaId ? pictures.get(mediaId) : undefined;
  const alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : '';
  let img = '';
  if (picture && picture.variants.length) {
    const image = imageAttributes(picture);
    img = `<img${serializeAttrsToHTMLString({
      src: image.src,
      srcset: image.srcSet,
      sizes: BODY_IMAGE_SIZES,
      width: image.width,
      height: image.height,
      loading: 'lazy',
      decoding: 'async',
      alt,
    })}>`;
  }
  const captionText = node.textContent.trim();
  const figcaption = captionText ? `<figcaption dir="${blockDirection(captionText)}">${caption}</figcaption>` : '';
  if (!img && !figcaption) return '';
  return `<figure${serializeAttrsToHTMLString(img ? { 'data-media': mediaId } : {})}>${img}${figcaption}</figure>`;
}

const EMBED_FIGURE = /<figure class="embed"[^>]*>[\s\S]*?<\/figure>/g;

/**
 * Validates and renders a body. 413 beyond 2 MB; 422 for anything that is not a document of known
 * nodes and marks within the depth limit. Pictures come from `pictures` (the media rows), never from
 * the document: an unknown media id keeps the caption and drops the image.
 */
export function renderBody(json: string, pictures: ReadonlyMap<string, BodyPicture>): RenderResult {
  const parsed = parse(json);
  if (!parsed.ok) return parsed.result;
  const normalized = normalize(parsed.doc);
  const { extensions, schema } = model();
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(schema, normalized as JSONContent);
    doc.check();
  } catch {
    return invalid(messages.unknown);
  }
  const mediaIds = new Set<string>();
  collectMediaIds(normalized!, mediaIds);
  const rendered = renderToHTMLString({
    content: doc,
    extensions,
    options: {
      nodeMapping: {
        figure: ({ node, children }) => figureHtml(node, ([] as string[]).concat(children ?? []).join(''), pictures),
      },
    },
  });
  const html = sanitizeBody(rendered);
  return { ok: true, html, text: bodyText(html.replace(EMBED_FIGURE, '')), mediaIds: [...mediaIds].filter((id) => pictures.has(id)) };
}
