import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { DB } from '@/db/client';
import { comments, users } from '@/db/schema';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { useSeededDatabase } from './test-db';

// Every statement the reader pages, the comment write paths and the moderation queue run, recorded
// as they run through the project's own functions, then explained: none may read the articles or
// comments table (or a copy of it under another name) from end to end. An index read in order and
// stopped by a LIMIT shows as `SCAN … USING INDEX`, which is allowed; a `SCAN comments` without
// an index, or a temporary b-tree sorting every article, is not.

const {
  listLatestArticles,
  listSectionArticles,
  listSectionLatest,
  listAuthorArticles,
  findPublishedArticle,
  readViewCount,
  addViews,
} = await import('@/db/queries/articles');
const { listTagArticles } = await import('@/db/queries/tag-articles');
const { listFeedArticles } = await import('@/db/queries/feeds');
const { listSitemapTags } = await import('@/db/queries/sitemaps');
const { listRelatedArticles } = await import('@/db/queries/related-articles');
const { listMostReadArticles, listMostCommentedArticles } = await import('@/db/queries/popular-articles');
const commentQueries = await import('@/db/queries/comments');
const admin = await import('@/db/queries/admin-comments');
const { listArticlesForModeration } = await import('@/db/queries/articles-admin');

type Recorded = { sql: string; params: unknown[] };

/** Records every statement run on the connection (and its parameters) while it is on. */
function recorder(sqlite: Database.Database) {
  const log: Recorded[] = [];
  let on = false;
  const prepare = sqlite.prepare.bind(sqlite);
  (sqlite as { prepare: unknown }).prepare = (source: string) => {
    const statement = prepare(source);
    const proxy: Database.Statement = new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (on && ['all', 'get', 'run', 'iterate'].includes(String(key))) log.push({ sql: source, params: args });
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? proxy : result;
        };
      },
    });
    return proxy;
  };
  return {
    async during(run: () => Promise<unknown>): Promise<Recorded[]> {
      log.length = 0;
      on = true;
      try {
        await run();
      } finally {
        on = false;
      }
      return [...log];
    },
  };
}

const TABLES = /^(?:articles|comments|article_tags|users|author_names|parent_comment|a|c|u|at)$/;

/** The lines of a plan that read an article or comment table (or sort without an index) whole. */
function fullReads(sqlite: Database.Database, { sql, params }: Recorded): string[] {
  if (!/^\s*(select|insert|update|delete|with)\b/i.test(sql)) return [];
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return plan
    .map((p) => p.detail)
    .filter((detail) => {
      const scan = /^SCAN (\S+)(.*)$/.exec(detail);
      return scan !== null && TABLES.test(scan[1]!) && !/USING (?:COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(scan[2]!);
    })
    .map((detail) => `${detail}  ←  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
}

let db: DB;
let sqlite: Database.Database;
let record: ReturnType<typeof recorder>;
let articleId: number;
let userId: string;
let moderatorId: string;
const subject = { sectionId: 0, authorId: 0, tagId: 0 };

beforeAll(async () => {
  db = useSeededDatabase();
  sqlite = sqliteOf(db);
  record = recorder(sqlite);
  articleId = (await listLatestArticles(1))[0]!.id;
  userId = db.insert(users).values({ name: 'قارئ', email: 'reader@example.com' }).returning().get().id;
  moderatorId = db.insert(users).values({ name: 'مشرف', email: 'mod@example.com', role: 'moderator' }).returning().get().id;
  const article = (await findPublishedArticle(articleId))!;
  Object.assign(subject, { sectionId: article.section.id, authorId: article.author.id, tagId: article.tags[0]?.id ?? 1 });
  for (let i = 0; i < 30; i++) {
    db.insert(comments)
      .values({ articleId, userId, body: `تعليق عن الانتخابات رقم ${i}`, status: (['approved', 'pending', 'spam', 'trash'] as const)[i % 4] })
      .run();
  }
});

async function expectNoFullRead(name: string, run: () => Promise<unknown>) {
  const statements = await record.during(run);
  expect(statements.length, `${name} ran no statement`).toBeGreaterThan(0);
  expect(statements.flatMap((s) => fullReads(sqlite, s)), name).toEqual([]);
}

type Case = [string, () => Promise<unknown>];

describe('reader pages read through indexes', () => {
  const cases: Case[] = [
    ['home: latest', () => listLatestArticles(9)],
    ['home: a section’s block', () => listSectionLatest(subject.sectionId, 4)],
    ['section page 1', () => listSectionArticles(subject.sectionId, 1, 4)],
    ['section page 2 (from the key of its first article)', () => listSectionArticles(subject.sectionId, 2, 2)],
    ['author page 2', () => listAuthorArticles(subject.authorId, 2, 2)],
    ['tag page 1', () => listTagArticles(subject.tagId, 1, 2)],
    ['tag page 2', () => listTagArticles(subject.tagId, 2, 2)],
    ['tag feed', () => listFeedArticles({ kind: 'tag', id: subject.tagId }, 20)],
    ['tag sitemap', () => listSitemapTags({ first: 1, last: 10_000 }, new Date())],
    ['article', () => findPublishedArticle(articleId)],
    ['views', () => readViewCount(articleId)],
    ['where approved comments sit', () => commentQueries.listApprovedCommentPlaces(articleId)],
    ['approved comments by id', () => commentQueries.listApprovedCommentsById([1, 2, 3])],
    [
      'related articles',
      async () => {
        const article = (await findPublishedArticle(articleId))!;
        return listRelatedArticles(article, 4);
      },
    ],
    ['popular blocks', () => Promise.all([listMostReadArticles(5, 7), listMostCommentedArticles(5, 7)])],
  ];
  it.each(cases)('%s', (name, run) => expectNoFullRead(name, run));
});

describe('a tag’s pages read its own rows in publication order', () => {
  // The count, a later page's first key and the page itself: each a range of article_tags_published_idx,
  // never the tag's rows sorted or checked against every published article.
  it.each<Case>([
    ['tag page 1', () => listTagArticles(subject.tagId, 1, 2)],
    ['tag page 2', () => listTagArticles(subject.tagId, 2, 2)],
    ['tag feed', () => listFeedArticles({ kind: 'tag', id: subject.tagId }, 20)],
  ])('%s', async (name, run) => {
    const statements = (await record.during(run)).filter((s) => /article_tags/.test(s.sql) && !/join "tags"/.test(s.sql));
    expect(statements.length, name).toBeGreaterThan(0);
    for (const statement of statements) {
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[]).map((p) => p.detail);
      expect(plan.join(' | '), statement.sql).toMatch(/SEARCH article_tags USING (?:COVERING )?INDEX article_tags_published_idx \(tag_id=\? AND published_at<\?\)/);
      expect(plan.join(' | '), statement.sql).not.toMatch(/TEMP B-TREE|articles_published_idx/);
    }
  });
});

describe('comment writes read through indexes', () => {
  it('posting, the checks before it, editing and deleting one’s own comment', async () => {
    await expectNoFullRead('post', async () => {
      await commentQueries.isDuplicateComment({ userId, articleId, parentId: null, body: 'نص' });
      await commentQueries.findLatestCommentTime(userId);
      await commentQueries.countApprovedByUser(userId);
      const { id } = await commentQueries.insertComment({ articleId, parentId: null, userId, body: 'تعليق جديد', status: 'approved', ipHash: null, userAgent: null });
      await commentQueries.reviseOwnComment({ id, userId, body: 'تعليق معدل', editableSince: new Date(0) }, () => 'approved');
      await commentQueries.trashOwnComment({ id, userId, editableSince: new Date(0) });
    });
  });

  it('views, moderation moves, replies and deletion for good', async () => {
    await expectNoFullRead('moderate', async () => {
      await addViews(new Map([[articleId, 2]]));
      const [pending] = await admin.findCommentStatesByStatus('pending', { articleId, upToId: await admin.latestCommentId() });
      await admin.applyStatusChanges(moderatorId, [{ id: pending!.id, articleId, from: 'pending', to: 'approved', previousStatus: null, action: 'approve' }]);
      await admin.insertModeratorReply({ parent: pending!, body: 'رد المشرف', userId: moderatorId });
      const trash = await admin.findCommentStatesByStatus('trash', { upToId: await admin.latestCommentId() });
      await admin.deleteCommentsForGood(moderatorId, trash.slice(0, 2));
      await admin.editCommentAsModerator(moderatorId, pending!.id, pending!.body, 'نص معدل');
    });
  });
});

describe('the moderation queue reads through indexes', () => {
  const queue = { page: 1, perPage: 5 } as const;
  const cases: Case[] = [
    ['counts', () => Promise.all([admin.countCommentsByStatus(), admin.countPendingComments()])],
    ['one article’s counts', () => admin.countCommentsByStatus(articleId)],
    ['pending', () => admin.listModerationComments({ ...queue, status: 'pending' })],
    ['all', () => admin.listModerationComments({ ...queue, status: 'all' })],
    ['all, page 3', () => admin.listModerationComments({ ...queue, status: 'all', page: 3 })],
    ['spam', () => admin.listModerationComments({ ...queue, status: 'spam' })],
    ['text search', () => admin.listModerationComments({ ...queue, status: 'all', q: 'الانتخابات' })],
    ['text search of common words only', () => admin.listModerationComments({ ...queue, status: 'all', q: 'في من' })],
    ['author search', () => admin.listModerationComments({ ...queue, status: 'all', author: 'قارئ' })],
    ['author search by email, pending', () => admin.listModerationComments({ ...queue, status: 'pending', author: 'reader@' })],
    ['one article', () => admin.listModerationComments({ ...queue, status: 'all', articleId })],
    ['the article menu', () => admin.listCommentedArticles()],
    ['the article list', () => listArticlesForModeration({ page: 1, perPage: 20 })],
  ];
  it.each(cases)('%s', (name, run) => expectNoFullRead(name, run));

  it('the checker itself fails on a scan of the comments table', async () => {
    const statements = await record.during(async () => sqlite.prepare("SELECT count(*) FROM comments WHERE body LIKE '%x%'").get());
    expect(statements.flatMap((s) => fullReads(sqlite, s))).toHaveLength(1);
  });
});

describe('the comment search', () => {
  it('finds a comment by a word in another form, keeps the tab’s counts and follows edits and deletion', async () => {
    const found = await admin.listModerationComments({ page: 1, perPage: 50, status: 'all', q: 'انتخابات' });
    expect(found.total).toBeGreaterThan(0);
    expect(found.items.every((c) => c.body.includes('الانتخابات'))).toBe(true);
    expect(found.items.every((c) => c.status === 'approved' || c.status === 'pending')).toBe(true);
    const [first] = found.items;
    await admin.editCommentAsModerator(moderatorId, first!.id, first!.body, 'نص آخر تماما');
    const after = await admin.listModerationComments({ page: 1, perPage: 50, status: 'all', q: 'انتخابات' });
    expect(after.items.map((c) => c.id)).not.toContain(first!.id);
    expect(after.total).toBe(found.total - 1);
  });

  it('the moderation’s article list counts each article’s own pending comments', async () => {
    const pending = (sqlite.prepare("SELECT count(*) AS n FROM comments WHERE article_id = ? AND status = 'pending'").get(articleId) as { n: number }).n;
    expect(pending).toBeGreaterThan(0);
    const { items } = await listArticlesForModeration({ page: 1, perPage: 100 });
    expect(items.find((a) => a.id === articleId)?.pending).toBe(pending);
  });

  it('the running counts equal a count of the table after every kind of write', async () => {
    const counted = Object.fromEntries(
      (sqlite.prepare('SELECT status, count(*) AS n FROM comments GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    );
    const counts = await admin.countCommentsByStatus();
    for (const status of ['approved', 'pending', 'spam', 'trash'] as const) expect(counts[status], status).toBe(counted[status] ?? 0);
    expect(await admin.countPendingComments()).toBe(counted.pending ?? 0);
  });
});
