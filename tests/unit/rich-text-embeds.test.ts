import { describe, expect, test } from 'vitest';
import { blockDirection } from '@/lib/rich-text/direction';
import { htmlFromParagraphs, isSafeHref, normalizeHref, plainParagraphs } from '@/lib/rich-text/doc';
import { embedUrl, parseEmbedUrl, youtubePlayerUrl } from '@/lib/rich-text/embeds';

describe('parseEmbedUrl', () => {
  const youtube = (id: string) => ({ provider: 'youtube', id, url: `https://www.youtube.com/watch?v=${id}` });

  test.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL123',
    'http://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=abc',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    '  https://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ  ',
  ])('YouTube: %s', (input) => {
    expect(parseEmbedUrl(input)).toEqual(youtube('dQw4w9WgXcQ'));
  });

  test.each([
    ['https://x.com/jack/status/20', 'https://x.com/jack/status/20'],
    ['https://twitter.com/jack/status/20?s=20&t=abc', 'https://x.com/jack/status/20'],
    ['https://mobile.twitter.com/AJArabic/status/1460323737035677698', 'https://x.com/AJArabic/status/1460323737035677698'],
    ['https://x.com/i/web/status/1460323737035677698', 'https://x.com/i/status/1460323737035677698'],
  ])('X: %s', (input, url) => {
    expect(parseEmbedUrl(input)).toEqual({ provider: 'x', id: url.split('/').pop(), url });
  });

  test.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
    'https://www.youtube.com/channel/UC123',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/youtu.be/dQw4w9WgXcQ',
    'javascript:alert(1)//youtu.be/dQw4w9WgXcQ',
    'https://user:pass@youtu.be/dQw4w9WgXcQ',
    'https://x.com/jack',
    'https://x.com/jack/status/abc',
    'https://x.com/not-a-valid-user-name/status/1',
    'ftp://youtu.be/dQw4w9WgXcQ',
    'youtu.be/dQw4w9WgXcQ',
    '',
  ])('not an embed: %s', (input) => {
    expect(parseEmbedUrl(input)).toBeNull();
  });

  test('canonical links and the player address', () => {
    expect(embedUrl('x', '5')).toBe('https://x.com/i/status/5');
    expect(youtubePlayerUrl('dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  });
});

describe('blockDirection', () => {
  test.each([
    ['خبر عاجل من بيروت', 'auto'],
    ['Breaking news from Beirut', 'auto'],
    ['Apple تعلن عن هاتف جديد', 'rtl'],
    ['iPhone ١٦ يصل إلى الأسواق العربية', 'rtl'],
    ['قال Tim Cook: "We are proud of this launch today in Dubai"', 'ltr'],
    ['2026 عام الانتخابات', 'auto'],
    ['١٢٣ — 456', 'auto'],
    ['', 'auto'],
    ['Hello مرحبا', 'rtl'],
  ])('%s → %s', (text, dir) => {
    expect(blockDirection(text)).toBe(dir);
  });
});

describe('doc helpers', () => {
  test('htmlFromParagraphs: the seed’s blank-line paragraphs, escaped', () => {
    const seed = 'الفقرة الأولى\n\nالفقرة <الثانية> & "المزيد"\n\n\n  \n\nالثالثة\nبسطر ثانٍ';
    expect(plainParagraphs(seed)).toEqual(['الفقرة الأولى', 'الفقرة <الثانية> & "المزيد"', 'الثالثة\nبسطر ثانٍ']);
    expect(htmlFromParagraphs(seed)).toBe('<p>الفقرة الأولى</p><p>الفقرة &lt;الثانية&gt; &amp; &quot;المزيد&quot;</p><p>الثالثة\nبسطر ثانٍ</p>');
    expect(htmlFromParagraphs('')).toBe('');
  });

  test.each([
    ['https://example.org/a?b=1', true],
    ['http://example.org', true],
    ['mailto:desk@example.org', true],
    ['/news/12/slug', true],
    ['//evil.example/x', false],
    ['/\\evil.example', false],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['jav\tascript:alert(1)', false],
    ['example.org', false],
    ['', false],
  ])('isSafeHref(%j) → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });

  test('normalizeHref adds https:// to a bare address and leaves the rest', () => {
    expect(normalizeHref(' example.org/x ')).toBe('https://example.org/x');
    expect(normalizeHref('/news/1')).toBe('/news/1');
    expect(normalizeHref('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(normalizeHref('')).toBe('');
  });
});
