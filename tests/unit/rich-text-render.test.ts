import { describe, expect, test } from 'vitest';
import { BODY_MAX_BYTES } from '@/lib/rich-text/doc';
import { RENDER_VERSION, bodyMediaIds, renderBody, type BodyPicture } from '@/lib/rich-text/render';
import { sanitizeBody } from '@/lib/rich-text/sanitize';
import { richBodyDoc, richBodyHtml, richBodyJson } from '../fixtures/rich-body';

const picture: BodyPicture = {
  width: 1600,
  height: 1060,
  variants: [
    { w: 480, h: 318, file: '2026/12/0123456789abcdef-480.webp', bytes: 30_000 },
    { w: 800, h: 530, file: '2026/12/0123456789abcdef-800.webp', bytes: 60_000 },
    { w: 1600, h: 1060, file: '2026/12/0123456789abcdef-1600.webp', bytes: 150_000 },
  ],
};
const pictures = new Map([['0123456789abcdef', picture]]);
const noPictures = new Map<string, BodyPicture>();

const doc = (...content: object[]) => JSON.stringify({ type: 'doc', content });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: object[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const figure = (attrs: object, caption?: string) => ({ type: 'figure', attrs, ...(caption ? { content: [t(caption)] } : {}) });

function html(json: string, media: ReadonlyMap<string, BodyPicture> = noPictures): string {
  const result = renderBody(json, media);
  if (!result.ok) throw new Error(`refused: ${result.status} ${result.message}`);
  return result.html;
}

describe('renderBody', () => {
  test('renders the sample article exactly as stored for the e2e test', () => {
    const result = renderBody(richBodyJson, noPictures);
    expect(result).toMatchObject({ ok: true, html: richBodyHtml, mediaIds: [] });
    expect(RENDER_VERSION).toBeGreaterThanOrEqual(1);
  });

  test('plain text keeps the paragraphs and leaves out the embeds’ link labels', () => {
    const result = renderBody(richBodyJson, noPictures);
    if (!result.ok) throw new Error('refused');
    expect(result.text.split('\n\n')).toContain('أبرز بنود الموازنة');
    expect(result.text).toContain('زيادة الرواتب');
    expect(result.text).not.toContain('يوتيوب');
    expect(result.text).not.toContain('<');
  });

  test('direction: Arabic and English paragraphs get dir=auto; an Arabic sentence opening with a Latin name gets rtl', () => {
    const out = html(doc(p(t('خبر عاجل')), p(t('Breaking news from Beirut')), p(t('Google تطلق خدمة جديدة للمستخدمين العرب')), p(t('مؤتمر CNN للإعلام الرقمي في نيويورك'))));
    expect(out).toBe(
      '<p dir="auto">خبر عاجل</p><p dir="auto">Breaking news from Beirut</p><p dir="rtl">Google تطلق خدمة جديدة للمستخدمين العرب</p><p dir="auto">مؤتمر CNN للإعلام الرقمي في نيويورك</p>',
    );
  });

  test('a dir sent by the client is ignored: direction always comes from the text', () => {
    expect(html(doc({ type: 'paragraph', attrs: { dir: 'ltr' }, content: [t('نص عربي')] }))).toBe('<p dir="auto">نص عربي</p>');
  });

  test('a picture is built from its media row: srcset, true size, lazy, never the src the client sent', () => {
    const out = html(doc(figure({ mediaId: '0123456789abcdef', alt: 'جلسة الحكومة', src: 'https://evil.example/x.gif', width: 1, height: 1 }, 'جلسة الثلاثاء')), pictures);
    expect(out).toBe(
      '<figure data-media="0123456789abcdef"><img src="/media/2026/12/0123456789abcdef-800.webp" srcset="/media/2026/12/0123456789abcdef-480.webp 480w, /media/2026/12/0123456789abcdef-800.webp 800w, /media/2026/12/0123456789abcdef-1600.webp 1600w" sizes="(min-width: 960px) 830px, 100vw" width="1600" height="1060" loading="lazy" decoding="async" alt="جلسة الحكومة" /><figcaption dir="auto">جلسة الثلاثاء</figcaption></figure>',
    );
    expect(renderBody(doc(figure({ mediaId: '0123456789abcdef', alt: '' })), pictures)).toMatchObject({ ok: true, mediaIds: ['0123456789abcdef'] });
  });

  test('an unknown media id drops the image and keeps the caption; with no caption the figure goes', () => {
    expect(html(doc(figure({ mediaId: 'ffffffffffffffff', alt: 'x', src: '/media/2026/12/ffffffffffffffff-800.webp' }, 'تعليق باقٍ')))).toBe(
      '<figure><figcaption dir="auto">تعليق باقٍ</figcaption></figure>',
    );
    expect(html(doc(figure({ mediaId: 'ffffffffffffffff', alt: 'x' }), p(t('بعد'))))).toBe('<p dir="auto">بعد</p>');
    expect(renderBody(doc(figure({ mediaId: 'ffffffffffffffff' }, 'x')), noPictures)).toMatchObject({ ok: true, mediaIds: [] });
  });

  test('bodyMediaIds lists the pictures to fetch first, once each; [] for a bad document', () => {
    const json = doc(figure({ mediaId: 'aaaa' }), p(t('x')), figure({ mediaId: 'bbbb' }, 'c'), figure({ mediaId: 'aaaa' }));
    expect(bodyMediaIds(json).sort()).toEqual(['aaaa', 'bbbb']);
    expect(bodyMediaIds('{')).toEqual([]);
    expect(bodyMediaIds(doc({ type: 'script' }))).toEqual([]);
  });

  test('links: only http(s), mailto and site paths keep their link; others keep their text', () => {
    const link = (href: string) => [{ type: 'link', attrs: { href } }];
    const out = html(
      doc(p(t('أ', link('https://example.org/a')), t(' ب', link('javascript:alert(1)')), t(' ج', link('//evil.example/x')), t(' د', link('/news/1/x')), t(' هـ', link('mailto:desk@example.org')), t(' و', link('data:text/html,x')))),
    );
    expect(out).toBe(
      '<p dir="auto"><a rel="noopener nofollow" href="https://example.org/a">أ</a> ب ج<a rel="noopener nofollow" href="/news/1/x"> د</a><a rel="noopener nofollow" href="mailto:desk@example.org"> هـ</a> و</p>',
    );
  });

  test('embeds are rebuilt from provider and id; a bad id or provider drops the embed', () => {
    const embed = (attrs: object) => ({ type: 'embed', attrs });
    const out = html(
      doc(
        embed({ provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'javascript:alert(1)' }),
        embed({ provider: 'youtube', id: '"><script>alert(1)</script>', url: 'https://youtu.be/x' }),
        embed({ provider: 'vimeo', id: '123', url: 'https://vimeo.com/123' }),
        embed({ provider: 'x', id: '12345', url: 'https://evil.example/status/12345' }),
      ),
    );
    expect(out).toBe(
      '<figure class="embed" data-embed="youtube" data-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener nofollow" target="_blank">شاهد الفيديو على يوتيوب</a></figure>' +
        '<figure class="embed" data-embed="x" data-id="12345"><a href="https://x.com/i/status/12345" rel="noopener nofollow" target="_blank">اقرأ المنشور على إكس</a></figure>',
    );
  });

  test('a body over 2 MB is refused with 413 and an Arabic message', () => {
    const big = doc(p(t('ا'.repeat(BODY_MAX_BYTES / 2))));
    expect(Buffer.byteLength(big)).toBeGreaterThan(BODY_MAX_BYTES);
    const result = renderBody(big, noPictures);
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(!result.ok && result.message).toMatch(/ميغابايت/);
    const justUnder = doc(p(t('a'.repeat(BODY_MAX_BYTES - 200))));
    expect(renderBody(justUnder, noPictures).ok).toBe(true);
  });

  test.each([
    ['not JSON', '{"type":"doc",'],
    ['not a document', JSON.stringify({ type: 'paragraph', content: [] })],
    ['an unknown node', doc({ type: 'script', content: [t('alert(1)')] })],
    ['an iframe node', doc({ type: 'iframe', attrs: { src: 'https://evil.example' } })],
    ['an unknown mark', doc(p(t('x', [{ type: 'code' }])))],
    ['an unknown key', doc({ type: 'paragraph', content: [t('x')], html: '<script>' })],
    ['h1 (the page title is the only h1)', doc({ type: 'heading', attrs: { level: 1 }, content: [t('x')] })],
    ['a bad media id', doc(figure({ mediaId: '../../etc/passwd' }, 'x'))],
    ['text outside a block', doc(t('x'))],
    ['an empty text node', doc(p({ type: 'text', text: '' }))],
    ['a list item holding text directly', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [t('x')] }] })],
    ['an attribute that is an object', doc({ type: 'paragraph', attrs: { dir: { toString: 1 } }, content: [t('x')] })],
  ])('%s is refused with 422 and an Arabic message', (_, json) => {
    const result = renderBody(json, noPictures);
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && /[\u0600-\u06FF]/.test(result.message)).toBe(true);
  });

  test('nesting is bounded: a deep list is refused, and a hostile one does not overflow the stack', () => {
    let node: object = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('x'))] }] };
    for (let i = 0; i < 40; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('x')), node] }] };
    expect(renderBody(doc(node), noPictures)).toMatchObject({ ok: false, status: 422 });
    const hostile = '{"type":"doc","content":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}';
    expect(renderBody(hostile, noPictures)).toMatchObject({ ok: false, status: 422 });
    let fine: object = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('x'))] }] };
    for (let i = 0; i < 5; i++) fine = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('x')), fine] }] };
    expect(renderBody(doc(fine), noPictures).ok).toBe(true);
  });

  test('the stored HTML is a fixed point of the sanitizer', () => {
    const out = html(doc(...richBodyDoc.content, figure({ mediaId: '0123456789abcdef', alt: 'صورة' }, 'تعليق')), pictures);
    expect(sanitizeBody(out)).toBe(out);
  });
});
