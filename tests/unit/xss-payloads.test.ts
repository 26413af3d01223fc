import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentBody } from '@/components/comments/comment-body';
import { formatCommentText } from '@/lib/comments/format';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/limits';
import { signUpSchema } from '@/lib/validation/auth';
import { newCommentSchema } from '@/lib/validation/comment';
import { cleanText } from '@/lib/validation/text';
import { xssGroups, xssPayloads } from '../fixtures/xss-payloads';

// A call a test can see (also spelled in escapes, "&#97;lert", or built for eval), code loaded
// from evil.example, or a base64 document that calls alert.
const OBSERVABLE = /lert|confirm|prompt|__xss|msgbox|eval\(|evil\.example|base64,/;
// Probes that call nothing on purpose: they show whether text was evaluated (7*7 → 49), decoded
// (base64), reversed (the bidi override) or opened a context, which the literal-text check catches.
const INERT = new Set([
  '{{7*7}}',
  '[[${7*7}]]',
  '\u202Enimda',
  '\u202E>tpircs/<)97(trela>tpircs<',
  'PHNjcmlwdD5hbGVydCg4Nyk8L3NjcmlwdD4=',
  '</script><!--<script>',
]);

/** What React writes for text and attribute values (react-dom's escapeTextForBrowser). */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!);
const unescapeHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" })[e]!);

/** The only markup CommentBody may produce; everything else in its output must be escaped text. */
const ALLOWED_TAG = /^<(?:div class="comment__body" dir="auto"|\/div|p|\/p|br\/|a href="https?:\/\/[^"<>]*" rel="nofollow ugc noopener" target="_blank"|\/a)>$/;

const cleaned = xssPayloads.map(({ group, payload }) => ({ group, payload, text: cleanText(payload) }));

describe('the XSS corpus', () => {
  it('has at least 100 distinct payloads, each still distinct and non-empty once cleaned', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(100);
    expect(new Set(xssPayloads.map((p) => p.payload)).size).toBe(xssPayloads.length);
    expect(new Set(cleaned.map((p) => p.text)).size).toBe(xssPayloads.length);
    for (const { text } of cleaned) expect(text.length).toBeGreaterThan(0);
  });

  it('covers every group, several payloads each', () => {
    for (const group of xssGroups) {
      expect(xssPayloads.filter((p) => p.group === group).length, group).toBeGreaterThanOrEqual(5);
    }
  });

  it('calls something observable in every payload that could run', () => {
    const silent = xssPayloads.filter((p) => !OBSERVABLE.test(p.payload) && !INERT.has(p.payload));
    expect(silent).toEqual([]);
  });

  it('is accepted as comments, stored as cleanText makes it', () => {
    for (const { payload, text } of cleaned) {
      const parsed = newCommentSchema.safeParse({ articleId: 1, body: payload });
      expect(parsed.success && parsed.data.body, payload).toBe(text);
      expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    }
  });

  it('gives enough display names that fit the sign-up rules', () => {
    const names = xssPayloads.filter((p) => signUpSchema.shape.name.safeParse(p.payload).success);
    expect(names.length).toBeGreaterThanOrEqual(50);
    for (const group of xssGroups) expect(names.some((p) => p.group === group), group).toBe(true);
  });
});

describe.each(cleaned)('$group: $payload', ({ payload, text }) => {
  it('renders as escaped text in a paragraph and in an attribute', () => {
    expect(renderToStaticMarkup(createElement('p', null, text))).toBe(`<p>${escapeHtml(text)}</p>`);
    expect(renderToStaticMarkup(createElement('a', { 'data-author': text }))).toBe(`<a data-author="${escapeHtml(text)}"></a>`);
  });

  it('shows literally through the real comment body: only its own tags, the text unchanged', () => {
    const markup = renderToStaticMarkup(createElement(CommentBody, { text }));
    const tags = markup.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((tag) => !ALLOWED_TAG.test(tag)), payload).toEqual([]);
    const shown = unescapeHtml(markup.replace(/<[^>]*>/g, ''));
    const expected = formatCommentText(text)
      .flat(2)
      .map((piece) => piece.text)
      .join('');
    expect(shown).toBe(expected);
    // Nothing of the text is lost but the line breaks that became <p> and <br/>.
    expect(shown).toBe(text.replace(/\n+/g, ''));
    for (const href of markup.matchAll(/ href="([^"]*)"/g)) expect(unescapeHtml(href[1]!)).toMatch(/^https?:\/\//);
  });
});
