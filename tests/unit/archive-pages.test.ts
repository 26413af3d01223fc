import { beforeAll, expect, it } from 'vitest';
import type { DB } from '@/db/client';
import { articles, authors, sections } from '@/db/schema';
import { listSectionArticles } from '@/db/queries/articles';
import { useSeededDatabase } from './test-db';

// Later archive pages start from the key of their first article (db/queries/articles.ts pageStart):
// they must hold exactly what an OFFSET over the whole ordered list held, articles published at
// the same millisecond included.

let db: DB;
let sectionId: number;

beforeAll(() => {
  db = useSeededDatabase();
  const authorId = db.select({ id: authors.id }).from(authors).limit(1).get()!.id;
  sectionId = db.insert(sections).values({ slug: 'archive-lab', name: 'أرشيف' }).returning().get().id;
  const now = Date.now();
  const add = (slug: string, msAgo: number, status: 'published' | 'draft' = 'published') => {
    const at = new Date(now - msAgo);
    db.insert(articles).values({ slug, title: slug, body: slug, sectionId, authorId, status, publishedAt: at, updatedAt: at }).run();
  };
  // Seven at one instant (so only the id orders them), others around them, a draft and one to come.
  for (let i = 0; i < 7; i++) add(`same-${i}`, 5_000);
  for (let i = 0; i < 9; i++) add(`spread-${i}`, 1_000 * (i + 1) * (i % 2 ? 1 : 10));
  add('draft', 2_000, 'draft');
  add('future', -60_000);
});

it('walking the pages gives the whole list once, in order, and nothing past the end', async () => {
  const whole = await listSectionArticles(sectionId, 1, 100);
  expect(whole.total).toBe(16);
  const walked = [];
  for (let page = 1; page <= 6; page++) {
    const { items, pageCount } = await listSectionArticles(sectionId, page, 3);
    expect(pageCount).toBe(6);
    expect(items.length).toBe(page < 6 ? 3 : 1);
    walked.push(...items.map((a) => a.id));
  }
  expect(walked).toEqual(whole.items.map((a) => a.id));
  expect((await listSectionArticles(sectionId, 7, 3)).items).toEqual([]);
});
