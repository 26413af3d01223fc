import { beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles, articleTags, tags } from '@/db/schema';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { useSeededDatabase } from './test-db';

// A tag's pages read a copy of each article's publication kept in article_tags by triggers
// (migration 0008). These tests hold the copy to the articles after every kind of write and the
// pages to what reading the articles themselves gives.

const { listTagArticles } = await import('@/db/queries/tag-articles');
const { mergeTag } = await import('@/db/queries/taxonomy-admin');

const HOUR = 3_600_000;
let db: DB;
let tagId: number;

beforeAll(() => {
  db = useSeededDatabase();
  tagId = db.insert(tags).values({ slug: 'test-tag', name: 'وسم الاختبار' }).returning().get().id;
});

function newArticle(status: 'draft' | 'scheduled' | 'published', publishedAt: Date | null, slug: string): number {
  const { sectionId, authorId } = db.select({ sectionId: articles.sectionId, authorId: articles.authorId }).from(articles).limit(1).get()!;
  return db
    .insert(articles)
    .values({ slug, title: `خبر ${slug}`, body: 'نص', sectionId, authorId, status, publishedAt, updatedAt: new Date() })
    .returning()
    .get().id;
}

/** Rows whose copy differs from the article's publication while published (null otherwise). */
function staleCopies(): unknown[] {
  return sqliteOf(db)
    .prepare(
      `select at.article_id, at.tag_id, at.published_at, a.status, a.published_at as article_published_at
       from article_tags at join articles a on a.id = at.article_id
       where at.published_at is not (case when a.status = 'published' then a.published_at end)`,
    )
    .all();
}

/** The tag's page as reading the articles gives it: published by now, newest first, then by id. */
function expectedIds(id: number): number[] {
  const tagged = db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, id));
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), lte(articles.publishedAt, new Date()), inArray(articles.id, tagged)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .all()
    .map((r) => r.id);
}

async function listedIds(id: number, perPage: number): Promise<number[]> {
  const first = await listTagArticles(id, 1, perPage);
  const ids = first.items.map((a) => a.id);
  for (let page = 2; page <= first.pageCount; page++) ids.push(...(await listTagArticles(id, page, perPage)).items.map((a) => a.id));
  return ids;
}

describe('the copy of the publication in article_tags', () => {
  it('starts equal to the articles for the seeded tags', () => {
    expect(db.select().from(articleTags).all().length).toBeGreaterThan(0);
    expect(staleCopies()).toEqual([]);
  });

  it('follows tagging, publishing, scheduling, a new date, unpublishing, a merge and deletion', async () => {
    const now = Date.now();
    const draft = newArticle('draft', null, 'draft-one');
    const scheduled = newArticle('scheduled', new Date(now + 5 * HOUR), 'scheduled-one');
    const published = newArticle('published', new Date(now - HOUR), 'published-one');
    db.insert(articleTags).values([draft, scheduled, published].map((articleId) => ({ articleId, tagId }))).run();
    expect(staleCopies()).toEqual([]);
    expect(await listedIds(tagId, 2)).toEqual([published]);

    db.update(articles).set({ status: 'published', publishedAt: new Date(now - 2 * HOUR) }).where(eq(articles.id, draft)).run();
    db.update(articles).set({ status: 'published', publishedAt: new Date(now - 30 * 60_000) }).where(eq(articles.id, scheduled)).run();
    expect(staleCopies()).toEqual([]);
    expect(await listedIds(tagId, 2)).toEqual([scheduled, published, draft]);

    db.update(articles).set({ publishedAt: new Date(now - 3 * HOUR) }).where(eq(articles.id, scheduled)).run();
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, published)).run();
    expect(staleCopies()).toEqual([]);
    expect(await listedIds(tagId, 2)).toEqual([draft, scheduled]);

    const other = db.insert(tags).values({ slug: 'other-tag', name: 'وسم آخر' }).returning().get().id;
    db.insert(articleTags).values({ articleId: draft, tagId: other }).run();
    expect(mergeTag(tagId, other)).not.toBeNull();
    expect(staleCopies()).toEqual([]);
    expect(await listedIds(other, 1)).toEqual([draft, scheduled]);

    db.delete(articles).where(eq(articles.id, scheduled)).run();
    expect(await listedIds(other, 1)).toEqual([draft]);
    tagId = other;
  });
});

describe('a tag’s pages', () => {
  it('list what reading the articles gives, page by page, with the same total', async () => {
    const counts = sqliteOf(db).prepare('select tag_id as id, count(*) as n from article_tags group by tag_id order by n desc').all() as { id: number; n: number }[];
    expect(counts[0]!.n).toBeGreaterThan(3);
    for (const { id } of counts) {
      const expected = expectedIds(id);
      expect(await listedIds(id, 3), `tag ${id}`).toEqual(expected);
      expect((await listTagArticles(id, 1, 3)).total).toBe(expected.length);
    }
  });

  it('leave out an article published with a time still to come, and a page past the last is empty', async () => {
    const future = newArticle('published', new Date(Date.now() + HOUR), 'future-one');
    db.insert(articleTags).values({ articleId: future, tagId }).run();
    const page = await listTagArticles(tagId, 1, 10);
    expect(page.items.map((a) => a.id)).not.toContain(future);
    expect(page.total).toBe(expectedIds(tagId).length);
    expect((await listTagArticles(tagId, page.pageCount + 1, 10)).items).toEqual([]);
  });
});
