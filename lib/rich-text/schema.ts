import { Extension, Node, mergeAttributes, type Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { embedLabel, embedUrl, type EmbedProvider } from './embeds';
import { isSafeHref } from './doc';

/**
 * The body's document model, shared by the editor (components/admin/editor) and the server render
 * (lib/rich-text/render.ts). No React and no DOM at import time.
 *
 * Headings h2–h4 (the article title is the page's h1), bold, italic, links, bullet and numbered lists,
 * quotes, line breaks, pictures with a caption (`figure`) and click-to-load embeds (`embed`).
 */

/** Blocks that carry a `dir`: `auto` by default; the server render sets it from the text (direction.ts). */
export const DIRECTED_BLOCKS = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem'] as const;

export const BlockDirection = Extension.create({
  name: 'blockDirection',
  addGlobalAttributes() {
    return [
      {
        types: [...DIRECTED_BLOCKS],
        attributes: {
          dir: {
            default: null,
            // A pasted dir (Word and Docs write dir="rtl" or "ltr" everywhere) is dropped on purpose.
            parseHTML: () => null,
            renderHTML: (attributes: { dir?: string | null }) => ({ dir: attributes.dir ?? 'auto' }),
          },
        },
      },
    ];
  },
});

/** A picture from the media library: `mediaId` is what counts; `src`/size only preview it in the editor. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  addAttributes() {
    const fromImg = (name: string) => (element: HTMLElement) => element.querySelector('img')?.getAttribute(name) ?? null;
    const hidden = () => ({});
    return {
      mediaId: { default: null, parseHTML: (element) => element.getAttribute('data-media'), renderHTML: hidden },
      alt: { default: '', parseHTML: (element) => fromImg('alt')(element) ?? '', renderHTML: hidden },
      src: { default: null, parseHTML: fromImg('src'), renderHTML: hidden },
      width: { default: null, parseHTML: (element) => Number(fromImg('width')(element)) || null, renderHTML: hidden },
      height: { default: null, parseHTML: (element) => Number(fromImg('height')(element)) || null, renderHTML: hidden },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-media]',
        contentElement: (dom) =>
          (dom as HTMLElement).querySelector('figcaption') ?? (dom as HTMLElement).ownerDocument.createElement('figcaption'),
      },
    ];
  },
  renderHTML({ node }) {
    const { mediaId, src, alt, width, height } = node.attrs as FigureAttrs;
    const img = src ? [['img', { src, alt, width, height }]] : [];
    return ['figure', mergeAttributes(mediaId ? { 'data-media': mediaId } : {}), ...img, ['figcaption', 0]] as never;
  },
});

export type FigureAttrs = { mediaId: string | null; alt: string; src: string | null; width: number | null; height: number | null };
export type EmbedAttrs = { provider: EmbedProvider; id: string; url: string };

/** A YouTube video or an X post, stored and shown as a link until a reader clicks it. */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    const hidden = () => ({});
    return {
      provider: { default: 'youtube', parseHTML: (element) => element.getAttribute('data-embed'), renderHTML: hidden },
      id: { default: '', parseHTML: (element) => element.getAttribute('data-id') ?? '', renderHTML: hidden },
      url: { default: '', parseHTML: (element) => element.querySelector('a')?.getAttribute('href') ?? '', renderHTML: hidden },
    };
  },
  parseHTML() {
    return [{ tag: 'figure.embed[data-embed]' }];
  },
  renderHTML({ node }) {
    const { provider, id, url } = node.attrs as EmbedAttrs;
    return [
      'figure',
      { class: 'embed', 'data-embed': provider, 'data-id': id },
      ['a', { href: url || embedUrl(provider, id), rel: 'noopener nofollow', target: '_blank' }, embedLabel(provider)],
    ];
  },
});

/** The extensions of the body, in the editor and in the server render alike. */
export function bodyExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener nofollow', target: null, class: null },
        isAllowedUri: (url) => isSafeHref(url),
      },
    }),
    BlockDirection,
    Figure,
    Embed,
  ];
}

/** Node and mark names a stored document may use (anything else is refused with 422). */
export const BODY_NODES = [
  'doc',
  'text',
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
  'figure',
  'embed',
] as const;
export const BODY_MARKS = ['bold', 'italic', 'link'] as const;
