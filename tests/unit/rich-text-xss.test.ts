import { describe, expect, test } from 'vitest';
import { renderBody, type BodyPicture } from '@/lib/rich-text/render';
import { sanitizeBody } from '@/lib/rich-text/sanitize';
import { xssPayloads } from '../fixtures/xss-payloads';

// The project's XSS corpus through the body's one render, in every place a document carries text or
// a URL: text of each block, link targets, a picture's alt and caption, its media id, an embed's
// provider, id and URL. Whatever comes out must hold only the allow-list, with no handler, style or
// script URL, pictures only from /media/, and be a fixed point of the sanitizer. A refusal (422) is
// fine too; a crash is not.

const pictures = new Map<string, BodyPicture>([
  ['0123456789abcdef', { width: 800, height: 600, variants: [{ w: 800, h: 600, file: '2026/12/0123456789abcdef-800.webp', bytes: 1 }] }],
]);

const t = (text: string, marks?: object[]) => ({ type: 'text', text, marks });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => JSON.stringify({ type: 'doc', content });

function contexts(payload: string): Record<string, string> {
  return {
    paragraph: doc(p(t('نص قبل '), t(payload), t(' نص بعد'))),
    heading: doc({ type: 'heading', attrs: { level: 2 }, content: [t(payload)] }),
    list: doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t(payload))] }] }),
    quote: doc({ type: 'blockquote', content: [p(t(payload, [{ type: 'bold' }, { type: 'italic' }]))] }),
    linkHref: doc(p(t('رابط', [{ type: 'link', attrs: { href: payload } }]))),
    linkText: doc(p(t(payload, [{ type: 'link', attrs: { href: 'https://example.org/', title: payload, class: payload, target: payload } }]))),
    figureAltCaption: doc({ type: 'figure', attrs: { mediaId: '0123456789abcdef', alt: payload, src: payload }, content: [t(payload)] }),
    figureMediaId: doc({ type: 'figure', attrs: { mediaId: payload, alt: 'x' }, content: [t('تعليق')] }),
    embedId: doc({ type: 'embed', attrs: { provider: 'youtube', id: payload, url: payload } }),
    embedUrl: doc({ type: 'embed', attrs: { provider: 'x', id: '123', url: payload } }),
    embedProvider: doc({ type: 'embed', attrs: { provider: payload, id: 'dQw4w9WgXcQ', url: payload } }),
  };
}

const allowed: Record<string, readonly string[]> = {
  p: ['dir'], h2: ['dir'], h3: ['dir'], h4: ['dir'], ul: ['dir'], ol: ['dir'], li: ['dir'], blockquote: ['dir'], figcaption: ['dir'],
  strong: [], em: [], br: [],
  a: ['href', 'rel', 'target'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  figure: ['class', 'data-embed', 'data-id', 'data-media'],
};

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&#(\d+);?/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What is wrong with a rendered body (empty when nothing). Sanitized output escapes every `<` in text and values, so a tag scan is exact. */
function residues(html: string): string[] {
  const found: string[] = [];
  for (const [, name = '', rest = ''] of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    const tag = name.toLowerCase();
    if (!(tag in allowed)) {
      found.push(`tag <${tag}>`);
      continue;
    }
    for (const [, attrName = '', rawValue = ''] of rest.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      const attr = attrName.toLowerCase();
      const value = decode(rawValue).replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
      if (!allowed[tag]!.includes(attr)) found.push(`attribute ${attr} on <${tag}>`);
      if (attr === 'href' && !/^(?:https?:|mailto:|\/(?!\/))/.test(value)) found.push(`href ${value}`);
      if (attr === 'src' && !/^\/media\/\d{4}\/\d{2}\/[a-z0-9-]+\.webp$/.test(value)) found.push(`src ${value}`);
      if (attr === 'srcset' && !value.split(',').every((entry) => /^\/media\//.test(entry.trim()))) found.push(`srcset ${value}`);
      if (attr === 'data-id' && !/^[a-z0-9_-]{1,40}$/.test(value)) found.push(`data-id ${value}`);
    }
  }
  if (/<(?:script|style|iframe|svg|math)/i.test(html)) found.push('raw dangerous tag');
  return found;
}

describe('the XSS corpus through renderBody', () => {
  test.each(xssPayloads.map((p, i) => [i, p.group, p.payload] as const))('#%i (%s)', (_, __, payload) => {
    for (const [context, json] of Object.entries(contexts(payload))) {
      const result = renderBody(json, pictures);
      if (!result.ok) {
        expect(result.status, context).toBe(422);
        continue;
      }
      expect(residues(result.html), `${context}: ${result.html}`).toEqual([]);
      expect(sanitizeBody(result.html), context).toBe(result.html);
      // The text (reading time, search) is the payload as written, not markup and not decoded twice.
      const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
      if (context === 'paragraph') expect(flat(result.text), context).toBe(flat(`نص قبل ${payload} نص بعد`));
    }
  });

  test('the checker itself catches what it is meant to', () => {
    expect(residues('<p onclick="x">a</p>')).toEqual(['attribute onclick on <p>']);
    expect(residues('<a href="jav&#x09;ascript:alert(1)">x</a>')).toEqual(['href javascript:alert(1)']);
    expect(residues('<img src="https://evil.example/x.webp">')).toEqual(['src https://evil.example/x.webp']);
    expect(residues('<svg></svg>')).toContain('tag <svg>');
  });
});
