import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autop } from '@/lib/wordpress/autop';
import { convertBody } from '@/lib/wordpress/body';
import { shortcodes } from '@/lib/wordpress/shortcodes';

const bodyOf = (file: string, id: number) => {
  const xml = fs.readFileSync(file, 'utf8');
  const item = xml.split('<item>').find((chunk) => chunk.includes(`<wp:post_id>${id}</wp:post_id>`))!;
  return /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)![1]!;
};

describe('imported bodies', () => {
  const classic = convertBody(bodyOf('docs/samples/wordpress-sample.xml', 101), { siteUrl: 'https://akhbar.example.com' });
  const fixture = convertBody(bodyOf('tests/fixtures/wordpress/sahifa-export.xml', 201), { siteUrl: 'https://old.sahifa.test' });

  it('keeps no script, event handler or style', () => {
    for (const { html } of [classic, fixture]) {
      expect(html).not.toMatch(/<script|onclick|style=|javascript:/i);
    }
    expect(fixture.html).toContain('<p>تحذير: تجنبوا عبور مجاري الأودية.</p>');
  });

  it('turns [caption] into a figure with its caption, the picture a link to the original', () => {
    expect(fixture.html).toContain(
      '<figure><p><a href="https://old.sahifa.test/wp-content/uploads/2019/05/flood.jpg" rel="noopener nofollow">صورة: سيارات عالقة في السيول</a></p><figcaption>سيارات عالقة في مياه السيول قرب سيئون</figcaption></figure>',
    );
    expect(fixture.externalImages).toEqual(['https://old.sahifa.test/wp-content/uploads/2019/05/flood.jpg']);
  });

  it('makes paragraphs of a classic body, decodes entities, drops <!--more--> without a stray break', () => {
    expect(classic.html).toContain('<p>وأضافت المصادر أن المروحيات «نقلت» عدداً من القياديين');
    expect(classic.html).not.toContain('<br');
    expect(classic.html.match(/<p[ >]/g)!.length).toBeGreaterThanOrEqual(6);
    expect(fixture.html).toContain('بين سيئون وتريم');
  });

  it('keeps a YouTube line as a link, removes and counts other shortcodes', () => {
    expect(fixture.html).toContain('<a href="https://www.youtube.com/watch?v=aqz-KE-bpKQ" rel="noopener nofollow">');
    expect(fixture.droppedShortcodes).toEqual({ gallery: 1 });
    expect(fixture.html).not.toContain('[gallery');
  });

  it('makes links into the old site relative, so they go through the old-link redirects', () => {
    expect(classic.html).toContain('<a href="/?p=98" rel="noopener nofollow">تقريرنا السابق</a>');
  });

  it('marks a paragraph that starts in English with dir="auto"', () => {
    expect(classic.html).toContain('<p dir="auto">English paragraph: US helicopters');
  });

  it('keeps a block-editor body\'s own structure', () => {
    const block = convertBody(bodyOf('docs/samples/wordpress-sample.xml', 104));
    expect(block.html).toContain('<h2>ماذا يعني ذلك للأسعار؟</h2>');
    expect(block.html).toContain('<ul><li>ارتفاع أسعار المحروقات</li><li>تعديل أسعار الخبز</li></ul>');
    expect(block.html).not.toContain('wp:');
    expect(block.droppedShortcodes).toEqual({ 'contact-form-7': 1 });
  });

  it('gives the text of the body for reading time and search', () => {
    const blocks = fixture.text.split('\n\n');
    expect(blocks[0]).toBe('اجتاحت السيول مساء الثلاثاء مدناً عدة في وادي حضرموت، وقطعت الطرق الرئيسية بين سيئون وتريم.');
    expect(blocks.slice(1, 3)).toEqual(['صورة: سيارات عالقة في السيول', 'سيارات عالقة في مياه السيول قرب سيئون']);
  });
});

describe('our own autop and shortcodes', () => {
  it('separates paragraphs by blank lines, keeps single breaks, never wraps a block', () => {
    expect(autop('أ\nب\n\nج')).toBe('<p>أ<br />\nب</p>\n<p>ج</p>');
    expect(autop('نص\n<blockquote><p>اقتباس</p></blockquote>\nبعده')).toBe('<p>نص</p>\n<blockquote>\n<p>اقتباس</p>\n</blockquote>\n<p>بعده</p>');
  });

  it('keeps the text an unknown enclosing shortcode wraps, and an escaped [[shortcode]] as text', () => {
    const result = shortcodes('قبل [quote cite="x"]قول مأثور[/quote] و[[gallery]] بعد [1] [عاجل]');
    expect(result.html).toBe('قبل قول مأثور و[gallery] بعد [1] [عاجل]');
    expect(result.dropped).toEqual({ quote: 1 });
  });

  it('turns [embed] into its URL on its own line', () => {
    expect(convertBody('شاهد: [embed]https://www.youtube.com/watch?v=abc[/embed]').html).toContain('<a href="https://www.youtube.com/watch?v=abc"');
  });
});
