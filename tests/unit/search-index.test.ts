import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { searchArticles } from '@/db/queries/search';
import { searchIndexIsStale, syncSearchIndex } from '@/db/queries/search-index';
import { articles, articleTags, tags } from '@/db/schema';
import { useSeededDatabase } from './test-db';

let db: DB;

beforeAll(() => {
  db = useSeededDatabase();
});

async function titles(query: string, sort: 'relevance' | 'newest' = 'relevance'): Promise<string[]> {
  const result = await searchArticles(query, sort, 1, 50);
  return result.kind === 'results' ? result.items.map((i) => i.title) : [];
}

function insertArticle(title: string, body: string, status: 'published' | 'draft' = 'published'): number {
  const at = new Date(Date.now() - 60_000);
  return db
    .insert(articles)
    .values({ slug: `t-${Math.random()}`, title, excerpt: '', body, sectionId: 1, authorId: 1, status, publishedAt: status === 'published' ? at : null, updatedAt: at })
    .returning({ id: articles.id })
    .get().id;
}

describe('the search index', () => {
  it('holds every seeded article once the migration and the seed are indexed', () => {
    expect(searchIndexIsStale(db)).toBe(true);
    const n = syncSearchIndex(db);
    expect(n).toBeGreaterThanOrEqual(41);
    expect(searchIndexIsStale(db)).toBe(false);
  });

  it('finds the modelled article from a diacritized, hamza-less query and marks the words', async () => {
    const result = await searchArticles('عَمَلِيَّات أمِيركيّة', 'relevance', 1, 10);
    expect(result.kind).toBe('results');
    if (result.kind !== 'results') return;
    const first = result.items.find((i) => i.title.includes('دير الزور'))!;
    expect(first.titleMarks.filter((s) => s.mark).map((s) => s.text)).toEqual(['عمليات', 'أميركية']);
  });

  it('ranks a word in the headline above the same word only in the body', async () => {
    const inTitle = insertArticle('سنجابيات تضرب الساحل', 'نص قصير.');
    const inBody = insertArticle('خبر آخر', 'وفي التفاصيل أن سنجابيات الأمس كانت خفيفة.');
    const result = await searchArticles('سنجابيات', 'relevance', 1, 10);
    expect(result.kind === 'results' && result.items.map((i) => i.id)).toEqual([inTitle, inBody]);
  });

  it('sorts newest first on request', async () => {
    const result = await searchArticles('انتخابات', 'newest', 1, 50);
    if (result.kind !== 'results') throw new Error(result.kind);
    const times = result.items.map((i) => i.publishedAt.getTime());
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('follows publishing, editing, unpublishing and deleting at once', async () => {
    const id = insertArticle('طرطوفة القمح السنوية', 'نص.', 'draft');
    expect(await titles('طرطوفة')).toEqual([]);
    db.update(articles).set({ status: 'published', publishedAt: new Date(Date.now() - 1000) }).where(eq(articles.id, id)).run();
    expect(await titles('طرطوفة')).toEqual(['طرطوفة القمح السنوية']);
    db.update(articles).set({ title: 'كركدنة القمح السنوية' }).where(eq(articles.id, id)).run();
    expect(await titles('طرطوفة')).toEqual([]);
    expect(await titles('الكركدنة')).toEqual(['كركدنة القمح السنوية']);
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, id)).run();
    expect(await titles('كركدنة')).toEqual([]);
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, id)).run();
    expect(await titles('كركدنة')).toHaveLength(1);
    db.delete(articles).where(eq(articles.id, id)).run();
    expect(await titles('كركدنة')).toEqual([]);
  });

  it('follows a tag added, renamed and deleted', async () => {
    const id = insertArticle('خبر بلا وسم في عنوانه', 'نص.');
    const tagId = db.insert(tags).values({ slug: 'kharouf', name: 'خرفان' }).returning({ id: tags.id }).get().id;
    db.insert(articleTags).values({ articleId: id, tagId }).run();
    expect(await titles('خرفان')).toEqual(['خبر بلا وسم في عنوانه']);
    db.update(tags).set({ name: 'ماعز' }).where(eq(tags.id, tagId)).run();
    expect(await titles('خرفان')).toEqual([]);
    expect(await titles('الماعز')).toEqual(['خبر بلا وسم في عنوانه']);
    db.delete(tags).where(eq(tags.id, tagId)).run();
    expect(await titles('ماعز')).toEqual([]);
  });

  it('answers hostile queries without an error and without wrong rows', async () => {
    for (const q of ['"', '"داعش', 'داعش*', 'NEAR(داعش سوريا)', '-داعش', 'داعش OR سوريا', "' OR 1=1 --", '()', '*', 'ا'.repeat(1000), '\u064E\u0651']) {
      const result = await searchArticles(q, 'relevance', 1, 50);
      if (result.kind === 'results') {
        for (const item of result.items) expect(item.titleMarks.some((s) => s.mark) || item.passage?.some((s) => s.mark), q).toBe(true);
      }
    }
    expect(await titles('داعش OR سوريا')).toEqual([]);
  });

  it('offers the closest index word, spelled as an article spells it, when nothing matches', async () => {
    const result = await searchArticles('واشنتن', 'relevance', 1, 10);
    expect(result).toMatchObject({ kind: 'results', total: 0, suggestion: 'واشنطن' });
    const none = await searchArticles('كلمةلاوجودلها', 'relevance', 1, 10);
    expect(none).toMatchObject({ kind: 'results', total: 0, suggestion: null });
  });

  it('reads the index, then articles by primary key: no scan of a table', () => {
    const plan = sqliteOf(db)
      .prepare(
        `EXPLAIN QUERY PLAN SELECT a.id FROM article_search f JOIN articles a ON a.id = f.rowid
         WHERE article_search MATCH ? AND a.status = 'published' AND a.published_at <= ? ORDER BY a.published_at DESC LIMIT 10`,
      )
      .all('"x"', Date.now()) as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/VIRTUAL TABLE INDEX/);
    expect(details).not.toMatch(/SCAN a\b|SCAN articles/);
  });
});
