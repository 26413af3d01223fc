import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq, lte } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { articles, articleTags, authors, sections, tags } from '@/db/schema';
import { all, one, parseXml, textOf, type XmlElement } from './xml-tree';
import { useSeededDatabase } from './test-db';

const recorded = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: (...tags: string[]) => recorded.tags.push(...tags) }));

const SITE = 'https://khabar.example';
process.env.SITE_URL = SITE;

const { sitemapFile, sitemapIndex } = await import('@/lib/sitemaps/documents');
const { parseSitemapFile, SITEMAP_FILE_SIZE } = await import('@/lib/sitemaps/files');
const q = await import('@/db/queries/sitemaps');
const { feedArticlesQuery } = await import('@/db/queries/feeds');

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const NOW = Date.now();
const HOUR = 3_600_000;
let db: DB;

beforeAll(() => {
  db = useSeededDatabase(NOW);
});
beforeEach(() => {
  recorded.tags = [];
});

function urlsetOf(xml: string): XmlElement {
  const urlset = parseXml(xml);
  expect(urlset.name).toBe('urlset');
  expect(urlset.uri).toBe(SITEMAP_NS);
  return urlset;
}

const locs = (root: XmlElement, entry = 'url') => all(root, entry).map((e) => textOf(e, 'loc'));
const file = async (name: string) => (await sitemapFile(parseSitemapFile(name)!))!;

function publishedRows() {
  return db
    .select({ id: articles.id, slug: articles.slug, updatedAt: articles.updatedAt, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.status, 'published'), lte(articles.publishedAt, new Date())))
    .orderBy(articles.id)
    .all();
}

const articleUrl = (a: { id: number; slug: string }) => `${SITE}/news/${a.id}/${encodeURIComponent(a.slug)}`;

/** An article stored with a chosen id and dates (a site with a long past: ids far apart). */
function insertArticle(values: { id?: number; title: string; status?: 'published' | 'draft' | 'scheduled'; publishedAt: number; updatedAt?: number }) {
  const anyArticle = db.select().from(articles).get()!;
  return db
    .insert(articles)
    .values({
      ...(values.id ? { id: values.id } : {}),
      slug: `مقال-${values.publishedAt}`,
      title: values.title,
      body: 'نص.',
      sectionId: anyArticle.sectionId,
      authorId: anyArticle.authorId,
      status: values.status ?? 'published',
      publishedAt: new Date(values.publishedAt),
      updatedAt: new Date(values.updatedAt ?? values.publishedAt),
    })
    .returning({ id: articles.id, slug: articles.slug })
    .get();
}

describe('the sitemap index', () => {
  it('lists news, sections, each non-empty file of articles with its last change, tags and authors, by absolute URL', async () => {
    const index = parseXml(await sitemapIndex());
    expect(index.name).toBe('sitemapindex');
    expect(index.uri).toBe(SITEMAP_NS);
    expect(locs(index, 'sitemap')).toEqual([
      `${SITE}/sitemaps/news.xml`,
      `${SITE}/sitemaps/sections.xml`,
      `${SITE}/sitemaps/articles-1.xml`,
      `${SITE}/sitemaps/tags-1.xml`,
      `${SITE}/sitemaps/authors-1.xml`,
    ]);
    const articlesEntry = all(index, 'sitemap')[2]!;
    const newest = Math.max(...publishedRows().map((r) => Math.max(r.updatedAt.getTime(), r.publishedAt!.getTime())));
    expect(textOf(articlesEntry, 'lastmod')).toBe(new Date(Math.floor(newest / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
    expect(recorded.tags).toEqual(expect.arrayContaining(['articles', 'sections']));
  });

  it(`splits articles into files of ${SITEMAP_FILE_SIZE.toLocaleString('en')} ids, listing only files that hold a published article`, async () => {
    const far = insertArticle({ id: SITEMAP_FILE_SIZE * 2 + 7, title: 'مقال بعيد', publishedAt: NOW - HOUR });
    const hidden = insertArticle({ id: SITEMAP_FILE_SIZE + 3, title: 'مسودة', status: 'draft', publishedAt: NOW - HOUR });
    try {
      const index = parseXml(await sitemapIndex());
      const articleFiles = locs(index, 'sitemap').filter((l) => l.includes('/articles-'));
      // File 2 holds only a draft: not listed.
      expect(articleFiles).toEqual([`${SITE}/sitemaps/articles-1.xml`, `${SITE}/sitemaps/articles-3.xml`]);
      expect(locs(urlsetOf(await file('articles-3.xml')))).toEqual([articleUrl(far)]);
      expect(locs(urlsetOf(await file('articles-2.xml')))).toEqual([]);
      expect(await sitemapFile({ kind: 'articles', part: 4 })).toBeNull();
      expect(locs(urlsetOf(await file('articles-1.xml')))).not.toContain(articleUrl(far));
    } finally {
      db.delete(articles).where(eq(articles.id, far.id)).run();
      db.delete(articles).where(eq(articles.id, hidden.id)).run();
    }
  });
});

describe('the sitemap files', () => {
  it('articles: every published article once, with its last change; no draft, scheduled or future one', async () => {
    const draft = insertArticle({ title: 'مسودة لا تظهر', status: 'draft', publishedAt: NOW - HOUR });
    const scheduled = insertArticle({ title: 'مجدول لا يظهر', status: 'scheduled', publishedAt: NOW + HOUR });
    try {
      const urlset = urlsetOf(await file('articles-1.xml'));
      const rows = publishedRows();
      expect(locs(urlset)).toEqual(rows.map(articleUrl));
      all(urlset, 'url').forEach((url, i) => {
        const row = rows[i]!;
        const changed = Math.max(row.updatedAt.getTime(), row.publishedAt!.getTime());
        expect(Date.parse(textOf(url, 'lastmod'))).toBe(Math.floor(changed / 1000) * 1000);
        expect(textOf(url, 'lastmod')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      });
      expect(locs(urlset)).not.toContain(articleUrl(draft));
      expect(locs(urlset)).not.toContain(articleUrl(scheduled));
    } finally {
      db.delete(articles).where(eq(articles.id, draft.id)).run();
      db.delete(articles).where(eq(articles.id, scheduled.id)).run();
    }
  });

  it('sections: the home page and every section', async () => {
    const urlset = urlsetOf(await file('sections.xml'));
    const all = db.select({ slug: sections.slug }).from(sections).orderBy(sections.position, sections.id).all();
    expect(locs(urlset)).toEqual([`${SITE}/`, ...all.map((s) => `${SITE}/section/${s.slug}`)]);
    expect(recorded.tags).toContain('sections');
  });

  it('tags and authors: those with a published article', async () => {
    const empty = db.insert(tags).values({ slug: 'وسم-فارغ', name: 'وسم فارغ' }).returning({ id: tags.id }).get();
    const idle = db.insert(authors).values({ slug: 'kateb-jadid', name: 'كاتب جديد' }).returning({ id: authors.id }).get();
    try {
      const used = db.selectDistinct({ slug: tags.slug, id: tags.id }).from(tags).innerJoin(articleTags, eq(articleTags.tagId, tags.id)).orderBy(tags.id).all();
      const tagLocs = locs(urlsetOf(await file('tags-1.xml')));
      expect(tagLocs).toEqual(used.map((t) => `${SITE}/tag/${encodeURIComponent(t.slug)}`));
      expect(tagLocs).not.toContain(`${SITE}/tag/${encodeURIComponent('وسم-فارغ')}`);
      const authorLocs = locs(urlsetOf(await file('authors-1.xml')));
      expect(authorLocs.length).toBeGreaterThan(0);
      expect(authorLocs).not.toContain(`${SITE}/author/kateb-jadid`);
      for (const loc of [...tagLocs, ...authorLocs]) expect(loc.startsWith(`${SITE}/`)).toBe(true);
    } finally {
      db.delete(tags).where(eq(tags.id, empty.id)).run();
      db.delete(authors).where(eq(authors.id, idle.id)).run();
    }
  });

  it('Google News: articles of the last two days with the publication, its language, the date and the headline', async () => {
    const fresh = insertArticle({ title: 'خبر عاجل & مهم <الآن>', publishedAt: NOW - 2 * HOUR });
    const old = insertArticle({ title: 'خبر قديم', publishedAt: NOW - 49 * HOUR });
    try {
      const urlset = urlsetOf(await file('news.xml'));
      expect(urlset.attributes['xmlns:news']).toBe(NEWS_NS);
      const expected = publishedRows()
        .filter((r) => r.publishedAt!.getTime() >= NOW - 48 * HOUR)
        .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id);
      expect(expected.length).toBeGreaterThan(1);
      expect(locs(urlset)).toEqual(expected.map(articleUrl));
      expect(locs(urlset)).not.toContain(articleUrl(old));
      const entry = all(urlset, 'url').find((u) => textOf(u, 'loc') === articleUrl(fresh))!;
      const news = one(entry, 'news:news');
      expect(news.uri).toBe(NEWS_NS);
      const publication = one(news, 'news:publication');
      expect(textOf(publication, 'news:name')).toBe('خبر');
      expect(textOf(publication, 'news:language')).toBe('ar');
      expect(Date.parse(textOf(news, 'news:publication_date'))).toBe(Math.floor((NOW - 2 * HOUR) / 1000) * 1000);
      expect(textOf(news, 'news:title')).toBe('خبر عاجل & مهم <الآن>');
    } finally {
      db.delete(articles).where(eq(articles.id, fresh.id)).run();
      db.delete(articles).where(eq(articles.id, old.id)).run();
    }
  });

  it('answer only the names the index uses', () => {
    for (const name of ['articles-0.xml', 'articles-01.xml', 'articles.xml', 'news', 'sections.xml.gz', '../x.xml', 'tags-1234567.xml']) {
      expect(parseSitemapFile(name), name).toBeNull();
    }
    expect(parseSitemapFile('authors-2.xml')).toEqual({ kind: 'authors', part: 2 });
  });
});

describe('the queries behind feeds and sitemaps search an index, never scan a table', () => {
  const plan = (query: { toSQL(): { sql: string; params: unknown[] } }) => {
    const { sql, params } = query.toSQL();
    return (sqliteOf(db).prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  };
  const now = new Date();
  const range = q.idRange(2, SITEMAP_FILE_SIZE);

  it.each([
    ['an article file', () => q.sitemapArticlesQuery(range, now), /SEARCH articles USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/],
    ['an article file’s count and last change', () => q.articleRangeSummaryQuery(range, now), /SEARCH articles USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/],
    ['a tag file', () => q.sitemapTagsQuery(range, now), /SEARCH tags USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/],
    ['an author file', () => q.sitemapAuthorsQuery(range, now), /SEARCH authors USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/],
    ['the news file', () => q.newsArticlesQuery(new Date(NOW - 48 * HOUR), now), /SEARCH articles USING INDEX articles_published_idx \(status=\? AND published_at>\? AND published_at<\?\)/],
    ['the site feed', () => feedArticlesQuery({ kind: 'site' }, 20), /SEARCH articles USING INDEX articles_published_idx/],
    ['a section feed', () => feedArticlesQuery({ kind: 'section', id: 1 }, 20), /SEARCH articles USING INDEX articles_section_idx/],
    ['an author feed', () => feedArticlesQuery({ kind: 'author', id: 1 }, 20), /SEARCH articles USING INDEX articles_author_idx/],
    ['a tag feed', () => feedArticlesQuery({ kind: 'tag', id: 1 }, 20), /SEARCH article_tags USING (?:COVERING )?INDEX article_tags_published_idx \(tag_id=\? AND published_at<\?\)/],
  ])('%s', (_name, query, expected) => {
    const details = plan(query());
    expect(details.join(' | ')).toMatch(expected);
    for (const detail of details) expect(detail, details.join(' | ')).not.toMatch(/^SCAN (?!CONSTANT ROW)/);
  });
});
