import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles, articleViewsDaily } from '@/db/schema';
import { addViews, listLatestArticles } from '@/db/queries/articles';
import {
  listMostCommentedArticles,
  listMostReadArticles,
  mostCommentedQuery,
  cardsByIdQuery,
  mostViewedIdsQuery,
} from '@/db/queries/popular-articles';
import { dayNumber, firstDayOf, MOST_READ_DAYS, VIEW_DAYS_KEPT } from '@/lib/views/view-days';
import { useSeededDatabase } from './test-db';

// Its own database: the views and counters set here would change what other query tests see.
let db: DB;
const DAY = 86_400_000;

beforeAll(() => {
  db = useSeededDatabase();
});

const daily = (articleId: number) =>
  db.select({ day: articleViewsDaily.day, views: articleViewsDaily.views }).from(articleViewsDaily).where(eq(articleViewsDaily.articleId, articleId)).all();

describe('views per day', () => {
  it('adds the batch to the total and to today’s row, and forgets days past the kept window', async () => {
    const [a] = await listLatestArticles(1);
    const now = Date.now();
    const today = dayNumber(now);
    const before = daily(a!.id).find((r) => r.day === today)?.views ?? 0;
    db.insert(articleViewsDaily).values({ articleId: a!.id, day: today - VIEW_DAYS_KEPT, views: 9 }).run();

    expect(await addViews(new Map([[a!.id, 3], [999_999, 2]]), now)).toEqual([a!.id]);
    expect(await addViews(new Map([[a!.id, 2]]), now)).toEqual([a!.id]);

    const rows = daily(a!.id);
    expect(rows.find((r) => r.day === today)?.views).toBe(before + 5);
    expect(rows.some((r) => r.day <= today - VIEW_DAYS_KEPT)).toBe(false);
    expect(db.select().from(articleViewsDaily).where(eq(articleViewsDaily.articleId, 999_999)).all()).toEqual([]);
  });

  it('counts the next day on a row of its own', async () => {
    const [, b] = await listLatestArticles(2);
    const tomorrow = Date.now() + DAY;
    await addViews(new Map([[b!.id, 4]]), tomorrow);
    expect(daily(b!.id).find((r) => r.day === dayNumber(tomorrow))?.views).toBe(4);
  });
});

describe('most read this week', () => {
  it('ranks by the views of the last seven days, not the all-time total, and lists only published articles', async () => {
    const latest = await listLatestArticles(3);
    const [old, recent, hidden] = latest.map((a) => a.id) as [number, number, number];
    const today = dayNumber(Date.now());
    // A huge total from long ago must not beat a busy week.
    db.update(articles).set({ viewCount: 10_000_000 }).where(eq(articles.id, old)).run();
    db.insert(articleViewsDaily).values({ articleId: old, day: today - MOST_READ_DAYS, views: 9_000_000 }).onConflictDoNothing().run();
    db.insert(articleViewsDaily)
      .values([
        { articleId: recent, day: today - (MOST_READ_DAYS - 1), views: 500_000 },
        { articleId: recent, day: today, views: 500_000 },
        { articleId: hidden, day: today, views: 5_000_000 },
      ])
      .onConflictDoUpdate({ target: [articleViewsDaily.articleId, articleViewsDaily.day], set: { views: sql`excluded.views + ${articleViewsDaily.views}` } })
      .run();
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, hidden)).run();

    const top = await listMostReadArticles(5, MOST_READ_DAYS);
    expect(top[0]!.id).toBe(recent);
    expect(top.map((a) => a.id)).not.toContain(hidden);
    expect(top).toHaveLength(5);
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, hidden)).run();
    expect((await listMostReadArticles(5, MOST_READ_DAYS))[0]!.id).toBe(hidden);
  });
});

describe('most commented', () => {
  it('ranks recent articles by their approved comments and leaves out those without any', async () => {
    const [first, second, third] = (await listLatestArticles(3)).map((a) => a.id) as [number, number, number];
    db.update(articles).set({ approvedCommentCount: 3 }).where(eq(articles.id, third)).run();
    db.update(articles).set({ approvedCommentCount: 7 }).where(eq(articles.id, second)).run();
    const top = await listMostCommentedArticles(5, 7);
    expect(top.map((a) => a.id)).toEqual([second, third]);
    expect(top.map((a) => a.id)).not.toContain(first);
  });

  it('leaves out articles published before the window', async () => {
    const [oldest] = await db
      .select({ id: articles.id })
      .from(articles)
      .where(sql`${articles.publishedAt} < ${Date.now() - 10 * DAY}`)
      .limit(1);
    db.update(articles).set({ approvedCommentCount: 99 }).where(eq(articles.id, oldest!.id)).run();
    expect((await listMostCommentedArticles(5, 7)).map((a) => a.id)).not.toContain(oldest!.id);
    expect((await listMostCommentedArticles(5, 30)).map((a) => a.id)[0]).toBe(oldest!.id);
  });
});

describe('the blocks read through indexes, never a whole table', () => {
  const plan = (query: { getSQL(): SQL }) =>
    db
      .all<{ detail: string }>(sql`explain query plan ${query.getSQL()}`)
      .map((r) => r.detail)
      .join(' | ');

  it('most read: the day index for the last days only, then each article by its id', () => {
    const ranked = plan(mostViewedIdsQuery(15, firstDayOf(MOST_READ_DAYS)));
    expect(ranked).toMatch(/^SEARCH article_views_daily USING COVERING INDEX article_views_daily_day_idx \(day>\?\)/);
    expect(ranked).not.toMatch(/SCAN article_views_daily\b/);
    const cards = plan(cardsByIdQuery('[1,2,3]', Date.now()));
    expect(cards).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(cards).not.toMatch(/SCAN articles\b/);
  });

  it('most commented: the articles published in the window, through the publication index', () => {
    const detail = plan(mostCommentedQuery(5, new Date(Date.now() - 7 * 86_400_000), new Date()));
    expect(detail).toMatch(/SEARCH articles USING INDEX articles_published_idx \(status=\? AND published_at>\? AND published_at<\?\)/);
    expect(detail).not.toMatch(/SCAN articles\b/);
  });
});
