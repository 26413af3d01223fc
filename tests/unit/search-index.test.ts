import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { COUNT_CAP, SEARCH_SQL, searchArticles } from '@/db/queries/search';
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

function insertArticle(title: string, body: string, status: 'published' | 'draft' = 'published', at = new Date(Date.now() - 60_000)): number {
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

  it('sorts newest by publication time, not by id (an import adds old articles late)', async () => {
    const hour = 3_600_000;
    const recent = insertArticle('زعرورة أولى', 'نص.', 'published', new Date(Date.now() - hour));
    const imported = insertArticle('زعرورة قديمة', 'نص.', 'published', new Date(Date.now() - 1000 * hour));
    const latest = insertArticle('زعرورة أخيرة', 'نص.', 'published', new Date(Date.now() - 1000));
    const result = await searchArticles('زعرورة', 'newest', 1, 10);
    expect(result.kind === 'results' && result.items.map((i) => i.id)).toEqual([latest, recent, imported]);
    db.update(articles).set({ publishedAt: new Date(Date.now() - 2000 * hour) }).where(eq(articles.id, latest)).run();
    const moved = await searchArticles('زعرورة', 'newest', 1, 10);
    expect(moved.kind === 'results' && moved.items.map((i) => i.id)).toEqual([recent, imported, latest]);
  });

  it('leaves out a published article whose time has not come, and finds it once it has', async () => {
    const id = insertArticle('قرقوشة الغد', 'نص.', 'published', new Date(Date.now() + 3_600_000));
    expect(await titles('قرقوشة')).toEqual([]);
    db.update(articles).set({ publishedAt: new Date(Date.now() - 1000) }).where(eq(articles.id, id)).run();
    expect(await titles('قرقوشة')).toEqual(['قرقوشة الغد']);
  });

  it('indexes articles published in the same millisecond, each once', async () => {
    const at = new Date(Date.now() - 5000);
    const ids = [insertArticle('بلبوسة واحدة', 'نص.', 'published', at), insertArticle('بلبوسة ثانية', 'نص.', 'published', at)];
    const result = await searchArticles('بلبوسة', 'newest', 1, 10);
    expect(result.kind === 'results' && result.items.map((i) => i.id).sort()).toEqual(ids.sort());
  });

  it(`counts up to ${COUNT_CAP} matches and says there are more`, async () => {
    const sqlite = sqliteOf(db);
    const insert = sqlite.prepare(
      `INSERT INTO articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at)
       VALUES (?, 'فرفوشة', '', 'نص.', 1, 1, 'published', ?, ?)`,
    );
    const at = Date.now() - 10_000;
    sqlite.transaction(() => {
      for (let i = 0; i <= COUNT_CAP; i++) insert.run(`farfousha-${i}`, at - i, at - i);
    })();
    const first = await searchArticles('فرفوشة', 'relevance', 1, 10);
    expect(first).toMatchObject({ kind: 'results', total: COUNT_CAP, more: true, pageCount: COUNT_CAP / 10 });
    const last = await searchArticles('فرفوشة', 'newest', COUNT_CAP / 10, 10);
    expect(last.kind === 'results' && last.items).toHaveLength(10);
    const beyond = await searchArticles('فرفوشة', 'newest', COUNT_CAP / 10 + 1, 10);
    expect(beyond.kind === 'results' && beyond.items).toEqual([]);
    const few = await searchArticles('زعرورة', 'relevance', 1, 10);
    expect(few).toMatchObject({ total: 3, more: false });
  });

  it('reads the index alone, then index rows and articles by primary key: no scan of a table', () => {
    for (const name of ['count', 'relevance', 'newest'] as const) {
      const sql = SEARCH_SQL[name];
      const params = name === 'count' ? ['"x"', 1] : ['"x"', 1, 10, 0];
      const plan = sqliteOf(db).prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      const details = plan.map((p) => p.detail).join('\n');
      expect(details, name).toMatch(/VIRTUAL TABLE INDEX/);
      // The subquery's few rows are read in turn; never the articles table, never a scan of index rows.
      expect(details, name).not.toMatch(/\barticles\b|SCAN (?:s|search_rows)\b/);
      if (name !== 'count') expect(details, name).toMatch(/SEARCH s USING INTEGER PRIMARY KEY/);
    }
  });
});
