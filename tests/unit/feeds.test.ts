import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, desc, eq, lte } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles, articleTags, authors, comments, media, sections, settings, tags } from '@/db/schema';
import { plainParagraphs } from '@/lib/rich-text/doc';
import { all, one, parseXml, textOf, type XmlElement } from './xml-tree';
import { useSeededDatabase } from './test-db';

const recorded = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: (...tags: string[]) => recorded.tags.push(...tags) }));

const SITE = 'https://khabar.example';
process.env.SITE_URL = SITE;

const { authorFeed, commentsFeed, FEED_ARTICLES, FEED_COMMENTS, sectionFeed, siteFeed, tagFeed } = await import('@/lib/feeds/documents');

const NOW = Date.now();
let db: DB;

beforeAll(() => {
  db = useSeededDatabase(NOW);
});
beforeEach(() => {
  recorded.tags = [];
});

/** The RSS 2.0 document's channel, after checking the envelope every feed shares. */
function channelOf(xml: string): XmlElement {
  const rss = parseXml(xml);
  expect(rss.name).toBe('rss');
  expect(rss.attributes.version).toBe('2.0');
  const channel = one(rss, 'channel');
  expect(textOf(channel, 'language')).toBe('ar');
  expect(textOf(channel, 'link').startsWith(`${SITE}/`)).toBe(true);
  expect(textOf(channel, 'description')).not.toBe('');
  expect(one(channel, 'image').children.map((c) => c.name)).toEqual(expect.arrayContaining(['url', 'title', 'link']));
  expect(textOf(one(channel, 'image'), 'url')).toBe(`${SITE}/brand/logo-144.png`);
  expect(Number.isNaN(Date.parse(textOf(channel, 'lastBuildDate')))).toBe(false);
  return channel;
}

const selfLink = (channel: XmlElement) => one(channel, 'atom:link').attributes;
const items = (channel: XmlElement) => all(channel, 'item');
const links = (channel: XmlElement) => items(channel).map((i) => textOf(i, 'link'));

/** Published articles, newest first, as the feeds should list them. */
function publishedIds(filter?: ReturnType<typeof eq>): number[] {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), lte(articles.publishedAt, new Date()), filter))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .all()
    .map((r) => r.id);
}

const articleRow = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!;
const idOfLink = (link: string) => Number(new URL(link).pathname.split('/')[2]);

describe('the site feed', () => {
  it('is RSS 2.0 in Arabic: the newest articles whole, with absolute links, dates, author and categories', async () => {
    const channel = channelOf(await siteFeed());
    expect(textOf(channel, 'title')).toBe('خبر');
    expect(textOf(channel, 'link')).toBe(`${SITE}/`);
    expect(selfLink(channel)).toMatchObject({ rel: 'self', href: `${SITE}/feed`, type: 'application/rss+xml' });
    expect(items(channel)).toHaveLength(FEED_ARTICLES);
    expect(links(channel).map(idOfLink)).toEqual(publishedIds().slice(0, FEED_ARTICLES));

    for (const item of items(channel)) {
      const row = articleRow(idOfLink(textOf(item, 'link')));
      expect(textOf(item, 'title')).toBe(row.title);
      expect(textOf(item, 'link')).toBe(`${SITE}/news/${row.id}/${encodeURIComponent(row.slug)}`);
      expect(textOf(item, 'guid')).toBe(`${SITE}/news/${row.id}`);
      // RFC 822, to the second.
      expect(textOf(item, 'pubDate')).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(Date.parse(textOf(item, 'pubDate'))).toBe(Math.floor(row.publishedAt!.getTime() / 1000) * 1000);
      const author = db.select({ name: authors.name }).from(authors).where(eq(authors.id, row.authorId)).get()!;
      expect(textOf(item, 'dc:creator')).toBe(author.name);
      const section = db.select({ name: sections.name }).from(sections).where(eq(sections.id, row.sectionId)).get()!;
      expect(all(item, 'category').map((c) => c.text)).toContain(section.name);
      // The whole text, every paragraph of it.
      const content = textOf(item, 'content:encoded');
      for (const paragraph of plainParagraphs(row.body)) expect(content).toContain(paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
    expect(recorded.tags).toEqual(['articles']);
  });

  it('carries a body as an editor saved it, with links and pictures made absolute, and survives hostile text', async () => {
    const variants = [
      { w: 800, h: 450, file: '2026/12/cafe-800.webp', bytes: 40_000 },
      { w: 1200, h: 675, file: '2026/12/cafe-1200.webp', bytes: 90_000 },
    ];
    db.insert(media).values({ id: 'cafe0000cafe0000', width: 1600, height: 900, variants, bytes: 200_000, mimeIn: 'image/jpeg' }).run();
    const base = articleRow(publishedIds()[0]!);
    const title = 'عنوان فيه & و < و > و "اقتباس" ]]> ثم ]]> مرة أخرى\u0001';
    const { id } = db
      .insert(articles)
      .values({
        slug: 'نص-محرر',
        title,
        excerpt: 'ملخص المقال',
        body: 'نص',
        bodyHtml: '<p>انظر <a href="/news/1/x">هذا الخبر</a> ]]> و ]]></p><figure><img src="/media/2026/12/cafe-800.webp" srcset="/media/2026/12/cafe-800.webp 800w, /media/2026/12/cafe-1200.webp 1200w" alt="مقهى"></figure><p><a href="https://example.org/a?b=1&amp;c=2">رابط خارجي</a></p>',
        coverMediaId: 'cafe0000cafe0000',
        coverAlt: 'صورة الغلاف',
        sectionId: base.sectionId,
        authorId: base.authorId,
        status: 'published',
        publishedAt: new Date(NOW - 1000),
        updatedAt: new Date(NOW - 1000),
      })
      .returning({ id: articles.id })
      .get();
    try {
      const item = items(channelOf(await siteFeed()))[0]!;
      expect(textOf(item, 'title')).toBe('عنوان فيه & و < و > و "اقتباس" ]]&gt; ثم ]]&gt; مرة أخرى');
      const content = textOf(item, 'content:encoded');
      expect(content).toContain(`<a href="${SITE}/news/1/x">هذا الخبر</a> ]]&gt; و ]]&gt;`);
      expect(content).toContain(`src="${SITE}/media/2026/12/cafe-800.webp"`);
      expect(content).toContain(`srcset="${SITE}/media/2026/12/cafe-800.webp 800w, ${SITE}/media/2026/12/cafe-1200.webp 1200w"`);
      expect(content).toContain('href="https://example.org/a?b=1&amp;c=2"');
      // The cover first, and as the enclosure readers show.
      expect(content.startsWith(`<figure><img src="${SITE}/media/2026/12/cafe-1200.webp" width="1200" height="675" alt="صورة الغلاف">`)).toBe(true);
      expect(one(item, 'enclosure').attributes).toEqual({ url: `${SITE}/media/2026/12/cafe-1200.webp`, type: 'image/webp', length: '90000' });
      expect(textOf(item, 'description')).toBe('ملخص المقال');
    } finally {
      db.delete(articles).where(eq(articles.id, id)).run();
    }
  });
});

describe('the feeds of a section, a tag and an author', () => {
  it('hold only their own articles, newest first, and name their page and themselves', async () => {
    const section = db.select().from(sections).orderBy(sections.id).get()!;
    const channel = channelOf(await sectionFeed(section));
    expect(textOf(channel, 'title')).toBe(`خبر » ${section.name}`);
    expect(textOf(channel, 'link')).toBe(`${SITE}/section/${section.slug}`);
    expect(selfLink(channel).href).toBe(`${SITE}/section/${section.slug}/feed`);
    expect(links(channel).map(idOfLink)).toEqual(publishedIds(eq(articles.sectionId, section.id)).slice(0, FEED_ARTICLES));
    expect(recorded.tags).toEqual(expect.arrayContaining(['articles', 'sections', `section:${section.id}`]));
  });

  it('a tag: the articles carrying it', async () => {
    const [tag] = db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).innerJoin(articleTags, eq(articleTags.tagId, tags.id)).limit(1).all();
    const channel = channelOf(await tagFeed(tag!));
    expect(textOf(channel, 'title')).toBe(`خبر » وسم: ${tag!.name}`);
    expect(selfLink(channel).href).toBe(`${SITE}/tag/${encodeURIComponent(tag!.slug)}/feed`);
    const tagged = new Set(db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tag!.id)).all().map((r) => r.id));
    const ids = links(channel).map(idOfLink);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(tagged.has(id)).toBe(true);
    for (const item of items(channel)) expect(all(item, 'category').map((c) => c.text)).toContain(tag!.name);
    expect(recorded.tags).toEqual(expect.arrayContaining(['articles', `tag:${tag!.id}`]));
  });

  it('an author: what they wrote', async () => {
    const author = db.select({ id: authors.id, slug: authors.slug, name: authors.name }).from(authors).orderBy(authors.id).get()!;
    const channel = channelOf(await authorFeed(author));
    expect(textOf(channel, 'title')).toBe(`خبر » ${author.name}`);
    expect(links(channel).map(idOfLink)).toEqual(publishedIds(eq(articles.authorId, author.id)).slice(0, FEED_ARTICLES));
    for (const item of items(channel)) expect(textOf(item, 'dc:creator')).toBe(author.name);
    expect(recorded.tags).toEqual(expect.arrayContaining(['articles', `author:${author.id}`]));
  });
});

describe("an article's comments feed", () => {
  it('lists approved comments only, newest first, each linked on the comment page holding its thread', async () => {
    const article = articleRow(publishedIds()[3]!);
    db.insert(settings).values({ key: 'moderation', value: { commentsPerPage: 2 }, updatedAt: new Date() }).onConflictDoUpdate({ target: settings.key, set: { value: { commentsPerPage: 2 } } }).run();
    const add = (body: string, status: 'approved' | 'pending' | 'spam' | 'trash', minutesAgo: number, parentId: number | null = null) =>
      db
        .insert(comments)
        .values({ articleId: article.id, guestName: 'سلمى', body, status, parentId, createdAt: new Date(NOW - minutesAgo * 60_000) })
        .returning({ id: comments.id })
        .get().id;
    const first = add('أول تعليق', 'approved', 50);
    add('تعليق ثانٍ', 'approved', 40);
    const third = add('ثالث تعليق\nبسطرين\n\nوفقرة فيها https://example.org/?a=1&b=<2>', 'approved', 30);
    const reply = add('رد على الأول', 'approved', 20, first);
    add('تعليق بانتظار المراجعة', 'pending', 10);
    add('رسالة مزعجة', 'spam', 5);
    add('في سلة المهملات', 'trash', 4);

    const channel = channelOf(await commentsFeed({ id: article.id, slug: article.slug, title: article.title }));
    const articleUrl = `${SITE}/news/${article.id}/${encodeURIComponent(article.slug)}`;
    expect(textOf(channel, 'title')).toBe(`التعليقات على: ${article.title}`);
    expect(textOf(channel, 'link')).toBe(articleUrl);
    expect(selfLink(channel).href).toBe(`${articleUrl}/feed`);
    const texts = items(channel).map((i) => textOf(i, 'content:encoded'));
    expect(texts.join()).not.toMatch(/بانتظار المراجعة|مزعجة|المهملات/);
    expect(texts).toHaveLength(4);
    // Newest first; the reply lives in the first thread (page 1), the third thread on page 2.
    expect(items(channel).map((i) => textOf(i, 'link'))).toEqual([
      `${articleUrl}#comment-${reply}`,
      `${articleUrl}/comment-page-2#comment-${third}`,
      expect.stringMatching(/#comment-\d+$/),
      `${articleUrl}#comment-${first}`,
    ]);
    expect(texts[1]).toBe('<p>ثالث تعليق<br>بسطرين</p><p>وفقرة فيها <a href="https://example.org/?a=1&amp;b=" rel="nofollow ugc">https://example.org/?a=1&amp;b=</a>&lt;2&gt;</p>');
    expect(textOf(items(channel)[0]!, 'title')).toBe('بواسطة: سلمى');
    expect(textOf(items(channel)[0]!, 'guid')).toBe(`${SITE}/news/${article.id}#comment-${reply}`);
    expect(recorded.tags).toEqual(expect.arrayContaining([`comments:${article.id}`, `article:${article.id}`, 'settings']));
    expect(FEED_COMMENTS).toBeGreaterThanOrEqual(20);
  });

  it('is a valid empty channel for an article with no comment', async () => {
    const article = articleRow(publishedIds()[5]!);
    const channel = channelOf(await commentsFeed({ id: article.id, slug: article.slug, title: article.title }));
    expect(items(channel)).toHaveLength(0);
  });
});
