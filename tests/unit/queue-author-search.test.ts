import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { authorNames, comments, users } from '@/db/schema';
import { queueSearchMessages, queueSearchProblem } from '@/lib/comments/queue-search';
import { searchMessages } from '@/lib/search/messages';
import { useSeededDatabase } from './test-db';

// The moderation queue's author box: part of a registered commenter's name or email, or of a guest's
// name (imported WordPress comments), found through author_names (migration 0009), kept by triggers.

const { listModerationComments, QUEUE_SEARCH_COUNT_CAP } = await import('@/db/queries/admin-comments');
const { listLatestArticles } = await import('@/db/queries/articles');

let db: DB;
let articleId: number;
const queue = { status: 'all', page: 1, perPage: 50 } as const;

async function authorsFound(author: string): Promise<string[]> {
  const { items, total } = await listModerationComments({ ...queue, author, articleId });
  expect(total).toBe(items.length);
  return items.map((c) => c.body).sort();
}

function namesKept(): string[] {
  return db.select({ name: authorNames.name }).from(authorNames).all().map((r) => r.name);
}

beforeAll(async () => {
  db = useSeededDatabase();
  articleId = (await listLatestArticles(1))[0]!.id;
  const [salma, omar] = db
    .insert(users)
    .values([
      { name: 'سلمى الخطيب', email: 'Salma.K@example.com' },
      { name: 'عمر النجار', email: 'omar@example.org' },
    ])
    .returning()
    .all();
  db.insert(comments)
    .values([
      { articleId, userId: salma!.id, body: 'تعليق سلمى', status: 'approved' },
      { articleId, userId: omar!.id, body: 'تعليق عمر', status: 'pending' },
      { articleId, guestName: 'سلمان الزائر', guestEmail: 'guest@example.net', body: 'تعليق زائر', status: 'approved' },
      { articleId, guestName: 'Nour', body: 'تعليق نور', status: 'spam' },
    ])
    .run();
});

describe('the moderation queue finds comments by part of their author', () => {
  it('a commenter’s name, a guest’s name, both at once', async () => {
    expect(await authorsFound('الخطيب')).toEqual(['تعليق سلمى']);
    expect(await authorsFound('الزائر')).toEqual(['تعليق زائر']);
    expect(await authorsFound('سلم')).toEqual(['تعليق زائر', 'تعليق سلمى']);
  });

  it('an email, whatever its letters’ case', async () => {
    expect(await authorsFound('salma.k@')).toEqual(['تعليق سلمى']);
    expect(await authorsFound('EXAMPLE.ORG')).toEqual(['تعليق عمر']);
  });

  it('a guest’s whole email, as the queue shows it', async () => {
    expect(await authorsFound('guest@example.net')).toEqual(['تعليق زائر']);
    expect(await authorsFound('GUEST@example.net')).toEqual(['تعليق زائر']);
  });

  it('a name two commenters share stays while one of them keeps it', async () => {
    const [a, b] = db
      .insert(users)
      .values([
        { name: 'هدى المشتركة', email: 'huda1@example.com' },
        { name: 'هدى المشتركة', email: 'huda2@example.com' },
      ])
      .returning()
      .all();
    db.insert(comments).values({ articleId, userId: b!.id, body: 'تعليق هدى الثانية', status: 'approved' }).run();
    db.update(users).set({ name: 'هدى الأولى' }).where(eq(users.id, a!.id)).run();
    expect(namesKept()).toContain('هدى المشتركة');
    expect(await authorsFound('المشتركة')).toEqual(['تعليق هدى الثانية']);
    db.insert(users).values({ name: 'هدى الأولى', email: 'huda3@example.com' }).run();
    db.delete(users).where(eq(users.id, a!.id)).run();
    expect(namesKept()).toContain('هدى الأولى');
    expect(namesKept()).not.toContain('huda1@example.com');
  });

  it('keeps to the tab: spam is not in “all”', async () => {
    expect(await authorsFound('Nour')).toEqual([]);
    const spam = await listModerationComments({ ...queue, status: 'spam', author: 'nou', articleId });
    expect(spam.items.map((c) => c.body)).toEqual(['تعليق نور']);
  });

  it('quotes, stars and FTS words are searched for, not obeyed', async () => {
    for (const typed of ['"سلمى', 'سلمى OR عمر', 'NEAR(سلمى)', '*مر*', "' or 1=1 --"]) expect(await authorsFound(typed), typed).toEqual([]);
  });

  it('fewer than three characters finds nothing, and the page says why', async () => {
    expect(await authorsFound('سل')).toEqual([]);
    expect(queueSearchProblem({ author: ' سل ' })).toBe(queueSearchMessages.authorTooShort);
    expect(queueSearchProblem({ author: 'سلم' })).toBeNull();
  });

  it('a renamed commenter is found by the new name only, and a deleted one leaves no name or email behind', async () => {
    db.update(users).set({ name: 'عمر الحداد' }).where(eq(users.email, 'omar@example.org')).run();
    expect(await authorsFound('الحداد')).toEqual(['تعليق عمر']);
    expect(await authorsFound('النجار')).toEqual([]);
    expect(namesKept()).not.toContain('عمر النجار');
    db.delete(users).where(eq(users.email, 'omar@example.org')).run();
    expect(namesKept()).not.toContain('عمر الحداد');
    expect(namesKept()).not.toContain('omar@example.org');
  });

  it('a guest’s name goes with their last comment', async () => {
    db.insert(comments).values({ articleId, guestName: 'سلمان الزائر', body: 'تعليق ثان للزائر', status: 'pending' }).run();
    db.delete(comments).where(eq(comments.body, 'تعليق زائر')).run();
    expect(await authorsFound('الزائر')).toEqual(['تعليق ثان للزائر']);
    db.delete(comments).where(eq(comments.body, 'تعليق ثان للزائر')).run();
    expect(namesKept()).not.toContain('سلمان الزائر');
    expect(db.get<{ n: number }>(sql`select count(*) as n from author_name_search where author_name_search match '"الزائر"'`).n).toBe(0);
  });
});

describe('the queue’s text search', () => {
  it('only common words or punctuation: nothing, and the page says why', async () => {
    const { items, total } = await listModerationComments({ ...queue, q: 'في من على' });
    expect([items.length, total]).toEqual([0, 0]);
    expect(queueSearchProblem({ q: 'في من على' })).toBe(searchMessages.common);
    expect(queueSearchProblem({ q: '؟!،' })).toBe(searchMessages.emptyQuery);
    expect(queueSearchProblem({ q: 'سلمى' })).toBeNull();
  });
});

describe('a search with many matches', () => {
  function guestComments(name: string, n: number, { start = Date.UTC(2020, 0, 1), body = name } = {}) {
    db.transaction((tx) => {
      for (let i = 0; i < n; i++) {
        tx.insert(comments).values({ articleId, guestName: name, body: `${body} ${i}`, status: 'approved', createdAt: new Date(start + i * 60_000) }).run();
      }
    });
  }

  it('is counted exactly up to the cap, newest first on every page', async () => {
    guestComments('ضيف متوسط', QUEUE_SEARCH_COUNT_CAP);
    const first = await listModerationComments({ ...queue, author: 'متوسط', perPage: 20 });
    expect([first.total, first.capped, first.pageCount]).toEqual([QUEUE_SEARCH_COUNT_CAP, false, QUEUE_SEARCH_COUNT_CAP / 20]);
    expect(first.items.map((c) => c.body).slice(0, 2)).toEqual([`ضيف متوسط ${QUEUE_SEARCH_COUNT_CAP - 1}`, `ضيف متوسط ${QUEUE_SEARCH_COUNT_CAP - 2}`]);
    const last = await listModerationComments({ ...queue, author: 'متوسط', perPage: 20, page: QUEUE_SEARCH_COUNT_CAP / 20 });
    expect(last.items.map((c) => c.body).at(-1)).toBe('ضيف متوسط 0');
  });

  it('past the cap says “more than”, and still shows the newest', async () => {
    guestComments('ضيف كثير', QUEUE_SEARCH_COUNT_CAP + 5);
    const list = await listModerationComments({ ...queue, author: 'كثير', perPage: 20 });
    expect([list.total, list.capped, list.pageCount]).toEqual([QUEUE_SEARCH_COUNT_CAP, true, QUEUE_SEARCH_COUNT_CAP / 20]);
    expect(list.items.map((c) => c.body).slice(0, 2)).toEqual([`ضيف كثير ${QUEUE_SEARCH_COUNT_CAP + 4}`, `ضيف كثير ${QUEUE_SEARCH_COUNT_CAP + 3}`]);
    const last = await listModerationComments({ ...queue, author: 'كثير', perPage: 20, page: list.pageCount });
    expect(last.items.map((c) => c.body).at(-1)).toBe('ضيف كثير 5');
    expect(queueSearchMessages.moreThan(list.total)).toBe('يطابق البحث أكثر من ١٬٠٠٠ تعليق، وتُعرض أحدث ١٬٠٠٠ منها فقط. ضيّق البحث لتظهر التعليقات الأقدم.');
    const past = await listModerationComments({ ...queue, author: 'كثير', perPage: 20, page: list.pageCount + 1 });
    expect([past.items.length, past.capped]).toEqual([0, true]);
  });

  it('past the cap shows the matches added last, an import’s old comments among them, each page newest first', async () => {
    guestComments('ضيف مؤرشف', QUEUE_SEARCH_COUNT_CAP);
    // Imported afterwards: the oldest comments of all, and the last added.
    guestComments('ضيف مؤرشف', 10, { start: Date.UTC(2012, 0, 1), body: 'مستورد' });
    const first = await listModerationComments({ ...queue, author: 'مؤرشف', perPage: 20 });
    expect([first.total, first.capped]).toEqual([QUEUE_SEARCH_COUNT_CAP, true]);
    expect(first.items.map((c) => c.body).slice(0, 2)).toEqual([`ضيف مؤرشف ${QUEUE_SEARCH_COUNT_CAP - 1}`, `ضيف مؤرشف ${QUEUE_SEARCH_COUNT_CAP - 2}`]);
    const last = await listModerationComments({ ...queue, author: 'مؤرشف', perPage: 20, page: first.pageCount });
    expect(last.items.map((c) => c.body).slice(-2)).toEqual(['مستورد 1', 'مستورد 0']);
    expect(last.items.map((c) => c.body)).toContain('ضيف مؤرشف 10');
  });

  it('a text search past the cap reads the newest matches from the comment index, newest first', async () => {
    guestComments('كاتب غزير', QUEUE_SEARCH_COUNT_CAP + 5, { body: 'تعليق عن المهرجان' });
    const first = await listModerationComments({ ...queue, q: 'المهرجان', perPage: 20 });
    expect([first.total, first.capped, first.pageCount]).toEqual([QUEUE_SEARCH_COUNT_CAP, true, QUEUE_SEARCH_COUNT_CAP / 20]);
    expect(first.items.map((c) => c.body).slice(0, 2)).toEqual([`تعليق عن المهرجان ${QUEUE_SEARCH_COUNT_CAP + 4}`, `تعليق عن المهرجان ${QUEUE_SEARCH_COUNT_CAP + 3}`]);
    const last = await listModerationComments({ ...queue, q: 'المهرجان', perPage: 20, page: first.pageCount });
    expect(last.items.map((c) => c.body).at(-1)).toBe('تعليق عن المهرجان 5');
    const spam = await listModerationComments({ ...queue, status: 'spam', q: 'المهرجان', perPage: 20 });
    expect([spam.total, spam.items.length]).toEqual([0, 0]);
  });
});
