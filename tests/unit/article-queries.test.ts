import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import {
  addViews,
  findPublishedArticle,
  listLatestArticles,
  listSectionArticles,
  readViewCount,
} from '@/db/queries/articles';
import { listRelatedArticles } from '@/db/queries/related-articles';
import { listTagArticles } from '@/db/queries/tag-articles';
import { findSectionBySlug, listSections } from '@/db/queries/taxonomy';
import { useSeededDatabase } from './test-db';

const SEED_HEADLINE = 'تقارير اعلامية تكشف عن عمليات أميركية في دير الزور لإخلاء عناصر داعش';
let db: DB;

beforeAll(() => {
  db = useSeededDatabase();
});

describe('seed', () => {
  it('holds the modelled article, at least 40 more and six sections', async () => {
    const latest = await listLatestArticles(100);
    expect(latest.length).toBeGreaterThanOrEqual(41);
    expect(latest.some((a) => a.title === SEED_HEADLINE)).toBe(true);
    expect((await listSections()).length).toBeGreaterThanOrEqual(6);
  });

  it('changes nothing when run again', async () => {
    const before = (await listLatestArticles(1000)).length;
    expect(seedDatabase(db)).toEqual({ sections: 0, authors: 0, tags: 0, articles: 0 });
    expect((await listLatestArticles(1000)).length).toBe(before);
  });
});

describe('article queries', () => {
  it('lists the latest published articles newest first', async () => {
    const latest = await listLatestArticles(10);
    const times = latest.map((a) => a.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('hides drafts and articles scheduled for later', async () => {
    const [first] = await listLatestArticles(1);
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, first!.id)).run();
    expect(await findPublishedArticle(first!.id)).toBeNull();
    db.update(articles)
      .set({ status: 'published', publishedAt: new Date(Date.now() + 3_600_000) })
      .where(eq(articles.id, first!.id))
      .run();
    expect((await listLatestArticles(1))[0]!.id).not.toBe(first!.id);
    db.update(articles).set({ publishedAt: first!.publishedAt }).where(eq(articles.id, first!.id)).run();
    expect((await listLatestArticles(1))[0]!.id).toBe(first!.id);
  });

  it('returns an article with its section, author and tags', async () => {
    const seed = (await listLatestArticles(100)).find((a) => a.title === SEED_HEADLINE)!;
    const article = await findPublishedArticle(seed.id);
    expect(article?.section.slug).toBe('politics');
    expect(article?.tags.length).toBeGreaterThan(0);
    expect(article?.body.split('\n\n')[0]).toMatch(/^اكدت تقارير اعلامية/);
    expect(await findPublishedArticle(999_999)).toBeNull();
  });

  it('related articles never include the article itself', async () => {
    for (const card of await listLatestArticles(10)) {
      const article = (await findPublishedArticle(card.id))!;
      const related = await listRelatedArticles(article, 4);
      expect(related.map((r) => r.id)).not.toContain(article.id);
      expect(related).toHaveLength(4);
    }
  });

  it('paginates a section and reports an empty page past the end', async () => {
    const section = (await findSectionBySlug('sports'))!;
    const first = await listSectionArticles(section.id, 1, 3);
    expect(first.items).toHaveLength(3);
    expect(first.items.every((a) => a.section.slug === 'sports')).toBe(true);
    expect(first.pageCount).toBe(Math.ceil(first.total / 3));
    const second = await listSectionArticles(section.id, 2, 3);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect((await listSectionArticles(section.id, 999, 3)).items).toEqual([]);
  });

  it('lists the articles of a tag', async () => {
    const article = (await findPublishedArticle((await listLatestArticles(1))[0]!.id))!;
    const tag = article.tags[0]!;
    const page = await listTagArticles(tag.id, 1, 50);
    expect(page.items.map((a) => a.id)).toContain(article.id);
  });

  it('adds batched views in one go and ignores unknown ids', async () => {
    const [a] = await listLatestArticles(1);
    const before = await readViewCount(a!.id);
    const updated = await addViews(new Map([[a!.id, 3], [999_999, 2]]));
    expect(updated).toEqual([a!.id]);
    expect(await readViewCount(a!.id)).toBe(before + 3);
  });
});
