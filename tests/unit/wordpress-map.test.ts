import { describe, expect, it } from 'vitest';
import { legacyKey, strippedLegacyKey } from '@/db/queries/legacy-paths';
import { mayBeLegacy, siteLevelLocation } from '@/lib/server/legacy-redirect';
import { authorNicename, commentText, decodeSlug, excerptFrom, mapComment, mapPostStatus, parseGmt, plainTitle, wpDate } from '@/lib/wordpress/map';

describe('WordPress statuses and dates', () => {
  it('maps post statuses onto Khabar\'s, reporting what Khabar has no equivalent for', () => {
    expect(mapPostStatus('publish', '')).toEqual({ status: 'published' });
    expect(mapPostStatus('future', '')).toEqual({ status: 'scheduled' });
    expect(mapPostStatus('pending', '')).toEqual({ status: 'review' });
    expect(mapPostStatus('draft', '')).toEqual({ status: 'draft' });
    expect(mapPostStatus('private', '')).toMatchObject({ status: 'draft', note: expect.stringContaining('private') });
    expect(mapPostStatus('publish', 'secret')).toMatchObject({ status: 'draft', note: expect.stringContaining('password') });
    expect(mapPostStatus('trash', '')).toEqual({ skip: 'trash' });
  });

  it('reads GMT dates, and a zero GMT date as local time in the site\'s zone, never as now', () => {
    expect(parseGmt('2017-09-14 07:30:00')?.toISOString()).toBe('2017-09-14T07:30:00.000Z');
    expect(parseGmt('0000-00-00 00:00:00')).toBeNull();
    // Beirut is UTC+2 in March (before summer time) and UTC+3 in September.
    expect(wpDate('0000-00-00 00:00:00', '2024-03-08 17:45:00', 'Asia/Beirut')?.toISOString()).toBe('2024-03-08T15:45:00.000Z');
    expect(wpDate('0000-00-00 00:00:00', '2017-09-14 10:30:00', 'Asia/Beirut')?.toISOString()).toBe('2017-09-14T07:30:00.000Z');
    expect(wpDate('', '', 'Asia/Beirut')).toBeNull();
  });

  it('maps comment statuses, keeping where a trashed comment was, and skips pingbacks', () => {
    expect(mapComment('1', 'comment', {})).toEqual({ status: 'approved', previousStatus: null });
    expect(mapComment('0', '', {})).toEqual({ status: 'pending', previousStatus: null });
    expect(mapComment('spam', 'comment', {})).toEqual({ status: 'spam', previousStatus: null });
    expect(mapComment('trash', 'comment', { _wp_trash_meta_status: '1' })).toEqual({ status: 'trash', previousStatus: 'approved' });
    expect(mapComment('post-trashed', 'comment', { _wp_trash_meta_status: '0' })).toEqual({ status: 'trash', previousStatus: 'pending' });
    expect(mapComment('1', 'pingback', {})).toEqual({ skip: 'pingback' });
  });
});

describe('slugs, names and text', () => {
  it('decodes percent-encoded slugs whatever the case of the hex, and one cut inside an escape', () => {
    expect(decodeSlug('%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9')).toBe('سياسة');
    expect(decodeSlug('%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9')).toBe('سياسة');
    expect(decodeSlug('%d8%b9%d9%86%d8%a7-%d8')).toBe('عنا');
    expect(decodeSlug('Economy-News')).toBe('economy-news');
    expect(decodeSlug('سياسة')).toBe('سياسة');
  });

  it('derives WordPress\'s author nicename from a login', () => {
    expect(authorNicename('karim.m')).toBe('karim-m');
    expect(authorNicename('Omar Editor')).toBe('omar-editor');
  });

  it('decodes entities in titles and strips their tags', () => {
    expect(plainTitle('السيول &#8220;وتقطع&#8221; الطرق &amp; <em>الجسور</em>')).toBe('السيول “وتقطع” الطرق & الجسور');
  });

  it('turns comment HTML into plain text: line breaks kept, links become their text, scripts gone', () => {
    expect(commentText('أولاً<br />ثانياً')).toBe('أولاً\nثانياً');
    expect(commentText('<p>فقرة</p><p>أخرى</p>')).toBe('فقرة\n\nأخرى');
    expect(commentText('اقرأ <a href="http://x.test">هنا</a> &amp; هناك <script>alert(1)</script>')).toBe('اقرأ هنا & هناك');
    expect(commentText('رمز\u000B تحكم')).toBe('رمز تحكم');
  });

  it('takes the excerpt WordPress had, or the first paragraph cut on a word', () => {
    expect(excerptFrom('  ملخص &amp; موجز ', 'النص')).toBe('ملخص & موجز');
    expect(excerptFrom('', 'الفقرة الأولى.\n\nالثانية.')).toBe('الفقرة الأولى.');
    const long = excerptFrom('', 'كلمة '.repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('كلمة…')).toBe(true);
  });
});

describe('old link keys', () => {
  const encoded = '/2017/09/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/';
  it.each([
    [encoded, ''],
    [encoded.toLowerCase(), ''],
    ['/2017/09/سياسة', ''],
    ['/2017//09/سياسة/', ''],
    ['/index.php/2017/09/سياسة/', ''],
  ])('%s → one key', (path, search) => {
    expect(legacyKey(path, search)).toBe('/2017/09/سياسة');
  });

  it('keeps the WordPress query parameter of the home page, and only that', () => {
    expect(legacyKey('/', '?p=101')).toBe('/?p=101');
    expect(legacyKey('/', '?p=101&preview=true')).toBe('/?p=101');
    expect(legacyKey('/index.php', '?P=1&page_id=2')).toBe('/?page_id=2');
    expect(legacyKey('/', '?utm_source=x')).toBe('/');
    expect(legacyKey('/%E0%A4%A', '')).toBeNull();
  });

  it('takes WordPress\'s suffixes off for a second try, keeping a list\'s page or a post\'s comment page', () => {
    expect(strippedLegacyKey('/2017/09/سياسة/amp')).toEqual({ key: '/2017/09/سياسة', page: 1 });
    expect(strippedLegacyKey('/2017/09/سياسة/2')).toEqual({ key: '/2017/09/سياسة', page: 1 });
    expect(strippedLegacyKey('/2017/09/سياسة/comment-page-3')).toEqual({ key: '/2017/09/سياسة', page: 1, commentPage: 3 });
    expect(strippedLegacyKey('/category/economy/page/3')).toEqual({ key: '/category/economy', page: 3 });
    expect(strippedLegacyKey('/archives/123')).toBeNull();
    expect(strippedLegacyKey('/2017/09/14')).toBeNull();
  });

  it('knows a post\'s or a list\'s feed, after one segment too (/%postname%/ permalinks)', () => {
    expect(strippedLegacyKey('/2017/09/سياسة/feed')).toEqual({ key: '/2017/09/سياسة', page: 1, feed: true });
    expect(strippedLegacyKey('/2017/09/سياسة/feed/rss2')).toEqual({ key: '/2017/09/سياسة', page: 1, feed: true });
    expect(strippedLegacyKey('/category/economy/feed/atom')).toEqual({ key: '/category/economy', page: 1, feed: true });
    expect(strippedLegacyKey('/سياسة/feed')).toEqual({ key: '/سياسة', page: 1, feed: true });
    expect(strippedLegacyKey('/سياسة/amp')).toEqual({ key: '/سياسة', page: 1 });
    expect(strippedLegacyKey('/سياسة/comment-page-2')).toEqual({ key: '/سياسة', page: 1, commentPage: 2 });
    // A number after one segment is still that address's own (/archives/123).
    expect(strippedLegacyKey('/archives/123')).toBeNull();
  });

  it('sends WordPress\'s site feed and sitemap index to Khabar\'s, with no database', () => {
    for (const [path, search] of [
      ['/feed/', ''],
      ['/feed/rss2/', ''],
      ['/feed/atom', ''],
      ['/rss/', ''],
      ['/index.php/feed/', ''],
      ['/', '?feed=rss2'],
      ['/index.php', '?feed=atom'],
    ]) {
      expect(siteLevelLocation(path!, search!), `${path}${search}`).toBe('/feed');
    }
    expect(siteLevelLocation('/wp-sitemap.xml', '')).toBe('/sitemap.xml');
    expect(siteLevelLocation('/sitemap_index.xml', '')).toBe('/sitemap.xml');
    for (const [path, search] of [
      ['/feed', ''],
      ['/', '?p=12&feed=rss2'],
      ['/', ''],
      ['/sitemap.xml', ''],
      ['/section/x/feed', ''],
      ['/comments/feed/', ''],
    ]) {
      expect(siteLevelLocation(path!, search!), `${path}${search}`).toBeNull();
    }
  });

  it("sends WordPress's search (/?s=) to Khabar's, the words kept", () => {
    expect(siteLevelLocation('/', '?s=%D8%A7%D9%84%D9%86%D9%81%D8%B7+%D9%88%D8%A7%D9%84%D8%BA%D8%A7%D8%B2')).toBe(
      `/search?q=${encodeURIComponent('النفط والغاز').replace(/%20/g, '+')}`,
    );
    expect(siteLevelLocation('/index.php', '?s=a%26b%3Dc')).toBe('/search?q=a%26b%3Dc');
    expect(siteLevelLocation('/', '?s=')).toBe('/search');
    expect(siteLevelLocation('/', '?s=+')).toBe('/search');
    // With a post's id the post wins, as in WordPress.
    expect(siteLevelLocation('/', '?s=x&p=12')).toBeNull();
    expect(siteLevelLocation('/', '?ss=x')).toBeNull();
  });

  it('never sends a Khabar page to the database', () => {
    for (const [path, search] of [
      ['/', ''],
      ['/news/12/%D8%B3', ''],
      ['/section/politics', ''],
      ['/section/politics/page/2', ''],
      ['/tag/%D8%B3', ''],
      ['/author/salma', ''],
      ['/_next/static/chunks/a.js', ''],
      ['/api/me', '?article=1'],
      ['/admin/comments', ''],
      ['/favicon.ico', ''],
      ['/', '?utm=1'],
      ['/feed', ''],
      ['/section/politics/feed', ''],
      ['/tag/%D8%B3/feed', ''],
      ['/author/salma/feed', ''],
      ['/news/12/%D8%B3/feed', ''],
      ['/sitemap.xml', ''],
      ['/sitemaps/articles-1.xml', ''],
      ['/robots.txt', ''],
      ['/forgot-password', ''],
      ['/reset-password', '?token=x'],
      ['/unsubscribe', '?c=1&s=x'],
    ]) {
      expect(mayBeLegacy(path!, search!), path).toBe(false);
    }
    for (const [path, search] of [
      ['/', '?p=101'],
      ['/2017/09/x', ''],
      ['/tag/%D8%B3/', ''],
      ['/category/economy', ''],
      ['/%D8%B3%D9%8A', ''],
      ['/archives/12', ''],
    ]) {
      expect(mayBeLegacy(path!, search!), path).toBe(true);
    }
  });
});
