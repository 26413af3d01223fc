import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanPastedHtml, unwrapGoogleRedirect } from '@/lib/rich-text/paste';

// Clipboard HTML as Word (Arabic document, Windows), Google Docs and LibreOffice Writer put it on the
// clipboard, saved under tests/fixtures/clipboard/. The editor's parser drops styles and unknown tags
// itself; these check what the paste transform must fix before it.

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/clipboard', name), 'utf8');

/** Only the block structure and its text: other tags and every attribute removed, spaces collapsed. */
function skeleton(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<(?!\/?(?:ol|ul|li|p|h[1-6])\b)[^>]*>/gi, '')
    .replace(/<(\/?[a-z0-9]+)[^>]*>/gi, '<$1>')
    .replace(/&nbsp;|\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*(<[^>]+>)\s*/g, '$1')
    .trim();
}

const hasDir = (html: string) => /<[a-z][^>]*\sdir\s*=/i.test(html);

describe('paste from Word', () => {
  const { html, skippedImages } = cleanPastedHtml(fixture('word-arabic.html'));
  const shape = skeleton(html);

  test('list paragraphs become nested lists, numbered or bulleted as typed, with the typed markers gone', () => {
    expect(shape).toContain(
      '<ol><li><p>البند الأول</p><ol><li><p>بند فرعي</p></li></ol></li><li><p>البند الثاني</p></li></ol><p>فقرة بين القائمتين.</p><ul><li><p>الرواتب</p></li><li><p>الكهرباء</p></li></ul>',
    );
    expect(shape).not.toMatch(/1\.|a\.|·/);
  });

  test('the title and h1 become h2, h5 becomes h4', () => {
    expect(shape).toContain('<h2>الحكومة تقرّ الموازنة</h2><h2>تفاصيل الجلسة</h2>');
    expect(shape).toContain('<h4>ملاحظة صغيرة</h4>');
    expect(html).not.toMatch(/<h[156]\b/i);
  });

  test('Google redirect links are unwrapped; bold and italic markup stays for the parser', () => {
    expect(html).toContain('href="https://example.org/budget?year=2027"');
    expect(html).not.toContain('google.com/url');
    expect(html).toMatch(/<b><span lang=AR-SA>مشروع الموازنة<\/span><\/b>/);
    expect(html).toMatch(/<i><span lang=AR-SA>طويلة<\/span><\/i>/);
  });

  test('pasted dir attributes are dropped; the file:// picture is counted as skipped', () => {
    expect(hasDir(html)).toBe(false);
    expect(skippedImages).toBe(1);
  });
});

describe('paste from Google Docs', () => {
  const { html, skippedImages } = cleanPastedHtml(fixture('google-docs.html'));
  const shape = skeleton(html);

  test('headings, paragraphs and lists keep their structure; h1 becomes h2', () => {
    expect(shape).toContain('<h2>الحكومة تقرّ الموازنة</h2><p>أقرّ مجلس الوزراء مشروع الموازنة بعد جلسة طويلة وفق التقرير الرسمي.</p><h2>أبرز البنود</h2>');
    expect(shape).toContain('<ul><li><p>الرواتب</p></li><li><p>الكهرباء</p></li></ul><p>"We welcome the decision," said the IMF.</p>');
  });

  test('redirect links unwrapped, dir dropped, the googleusercontent picture skipped', () => {
    expect(html).toContain('href="https://example.org/budget"');
    expect(hasDir(html)).toBe(false);
    expect(skippedImages).toBe(1);
    // Bold and italic are spans with font-weight/font-style: left for the editor's parse rules.
    expect(html).toContain('font-weight:700;">مشروع الموازنة');
  });
});

describe('paste from LibreOffice Writer', () => {
  const { html, skippedImages } = cleanPastedHtml(fixture('libreoffice.html'));
  const shape = skeleton(html);

  test('real lists stay as they are, headings are brought into h2–h4, dir dropped', () => {
    expect(shape).toContain('<h2>الحكومة تقرّ الموازنة</h2><p>أقرّ مجلس الوزراء مشروع الموازنة بعد جلسة طويلة.</p>');
    expect(shape).toContain('<ol><li><p>البند الأول</p></li><li><p>البند الثاني</p><ul><li><p>بند فرعي</p></li></ul></li></ol><h4>هامش</h4>');
    expect(hasDir(html)).toBe(false);
    expect(skippedImages).toBe(1);
  });
});

describe('paste details', () => {
  test('a Word list without the conditional marker block loses the typed marker itself', () => {
    const { html } = cleanPastedHtml(
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>١.&nbsp;&nbsp;&nbsp;البند</p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>٢. التالي</p>",
    );
    expect(skeleton(html)).toBe('<ol><li><p>البند</p></li><li><p>التالي</p></li></ol>');
  });

  test('pictures from our own media library are not counted as skipped', () => {
    expect(cleanPastedHtml('<figure data-media="abc"><img src="/media/2026/12/abc-800.webp"></figure><img src="http://127.0.0.1:3000/media/2026/12/x-480.webp">').skippedImages).toBe(0);
    expect(cleanPastedHtml('<img src="data:image/png;base64,AAAA"><img src="https://evil.example/a.jpg">').skippedImages).toBe(2);
  });

  test('plain paragraphs pass through untouched', () => {
    const html = '<p>نص <strong>عادي</strong> <a href="https://example.org/">رابط</a></p>';
    expect(cleanPastedHtml(html)).toEqual({ html, skippedImages: 0 });
  });

  test('unwrapGoogleRedirect only unwraps Google’s own redirect to an http(s) address', () => {
    expect(unwrapGoogleRedirect('https://www.google.com/url?q=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1&sa=D')).toBe('https://example.org/a?b=1');
    expect(unwrapGoogleRedirect('https://www.google.com.sa/url?url=https://example.org/x')).toBe('https://example.org/x');
    expect(unwrapGoogleRedirect('https://www.google.com/url?q=javascript:alert(1)')).toBe('https://www.google.com/url?q=javascript:alert(1)');
    expect(unwrapGoogleRedirect('https://evil.example/url?q=https://example.org')).toBe('https://evil.example/url?q=https://example.org');
    expect(unwrapGoogleRedirect('/news/1')).toBe('/news/1');
  });
});
