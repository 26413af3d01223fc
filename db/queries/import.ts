import type { Database, Statement } from 'better-sqlite3';
import type { DB } from '../client';
import { and, desc, eq, sql } from 'drizzle-orm';
import { importRuns, type ArticleStatus, type CommentStatus } from '../schema';
import { sqliteOf } from './legacy-paths';

// The WordPress import's reads and writes (lib/wordpress/import.ts), on prepared statements: a
// large export is tens of thousands of articles and hundreds of thousands of comments. Every
// function takes the database, so the CLI, the admin route and the tests share them. No
// 'server-only': the CLI runs outside Next.

export type MapKind = 'post' | 'comment' | 'category' | 'tag' | 'author';
export type MapRow = { localId: string; sourceModified: number | null };

export type ArticleValues = {
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  bodyHtml: string;
  sectionId: number;
  authorId: number;
  status: ArticleStatus;
  publishedAt: number | null;
  updatedAt: number;
  commentsOpen: boolean;
};

export type CommentValues = {
  articleId: number;
  parentId: number | null;
  userId: string | null;
  guestName: string | null;
  guestEmail: string | null;
  body: string;
  status: CommentStatus;
  previousStatus: CommentStatus | null;
  createdAt: number;
  ipHash: string | null;
};

const SQL = {
  mapGet: 'select local_id as localId, source_modified as sourceModified from wp_import_map where site = ? and kind = ? and wp_id = ?',
  mapSet: `insert into wp_import_map (site, kind, wp_id, local_id, source_modified) values (?, ?, ?, ?, ?)
           on conflict (site, kind, wp_id) do update set local_id = excluded.local_id, source_modified = excluded.source_modified`,
  sectionBySlug: 'select id from sections where slug = ?',
  sectionById: 'select id from sections where id = ?',
  // sections has a handful of rows and no index on name: read once per category, then mapped.
  sectionByName: 'select id from sections where name = ? order by position limit 1',
  nextSectionPosition: 'select coalesce(max(position), 0) + 1 as position from sections',
  insertSection: 'insert into sections (slug, name, position) values (?, ?, ?)',
  firstSection: 'select id from sections order by position, id limit 1',
  tagBySlug: 'select id from tags where slug = ?',
  tagByName: 'select id from tags where name = ?',
  tagById: 'select id from tags where id = ?',
  insertTag: 'insert into tags (slug, name) values (?, ?)',
  authorBySlug: 'select id from authors where slug = ?',
  authorById: 'select id from authors where id = ?',
  insertAuthor: 'insert into authors (slug, name, user_id) values (?, ?, ?)',
  userByEmail: 'select id from users where email = ?',
  article: 'select id, updated_at as updatedAt, version from articles where id = ?',
  insertArticle: `insert into articles (slug, title, excerpt, body, body_json, body_html, render_version, section_id, author_id,
                    status, published_at, updated_at, comments_open)
                  values (@slug, @title, @excerpt, @body, null, @bodyHtml, null, @sectionId, @authorId, @status, @publishedAt, @updatedAt, @commentsOpen)`,
  updateArticle: `update articles set slug = @slug, title = @title, excerpt = @excerpt, body = @body, body_json = null, body_html = @bodyHtml,
                    render_version = null, section_id = @sectionId, author_id = @authorId, status = @status, published_at = @publishedAt,
                    updated_at = @updatedAt, comments_open = @commentsOpen, version = version + 1
                  where id = @id`,
  clearArticleTags: 'delete from article_tags where article_id = ?',
  addArticleTag: 'insert or ignore into article_tags (article_id, tag_id) values (?, ?)',
  articleTagIds: 'select tag_id as id from article_tags where article_id = ?',
  insertRevision: `insert into article_revisions (article_id, version, kind, title, excerpt, body, body_json, body_html, created_at)
                   values (?, (select version from articles where id = ?), 'import', ?, ?, ?, null, ?, ?)`,
  insertComment: `insert into comments (article_id, parent_id, user_id, guest_name, guest_email, body, status, previous_status, created_at, ip_hash)
                  values (@articleId, @parentId, @userId, @guestName, @guestEmail, @body, @status, @previousStatus, @createdAt, @ipHash)`,
  recountApproved: `update articles set approved_comment_count =
                      (select count(*) from comments where article_id = @id and status = 'approved') where id = @id`,
} as const;

type Prepared = { [K in keyof typeof SQL]: Statement };

const prepared = new WeakMap<Database, Prepared>();

function statements(database: DB): Prepared {
  const client = sqliteOf(database);
  let s = prepared.get(client);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, client.prepare(sql)])) as Prepared;
    prepared.set(client, s);
  }
  return s;
}

const idOf = (row: unknown) => (row as { id: number } | undefined)?.id ?? null;

/** The import's queries bound to one database. */
export function importQueries(database: DB) {
  const s = statements(database);
  const client = sqliteOf(database);
  return {
    /** Runs `fn` in a transaction; called inside another, a SAVEPOINT that rolls back alone. */
    transaction<T>(fn: () => T): T {
      return client.transaction(fn)();
    },
    mapGet: (site: string, kind: MapKind, wpId: number) => s.mapGet.get(site, kind, wpId) as MapRow | undefined,
    mapSet: (site: string, kind: MapKind, wpId: number, localId: string | number, sourceModified: number | null = null) =>
      void s.mapSet.run(site, kind, wpId, String(localId), sourceModified),
    sectionBySlug: (slug: string) => idOf(s.sectionBySlug.get(slug)),
    sectionByName: (name: string) => idOf(s.sectionByName.get(name)),
    sectionExists: (id: number) => idOf(s.sectionById.get(id)) !== null,
    firstSection: () => idOf(s.firstSection.get()),
    insertSection(slug: string, name: string): number {
      const { position } = s.nextSectionPosition.get() as { position: number };
      return Number(s.insertSection.run(slug, name, position).lastInsertRowid);
    },
    tagBySlug: (slug: string) => idOf(s.tagBySlug.get(slug)),
    tagByName: (name: string) => idOf(s.tagByName.get(name)),
    tagExists: (id: number) => idOf(s.tagById.get(id)) !== null,
    insertTag: (slug: string, name: string) => Number(s.insertTag.run(slug, name).lastInsertRowid),
    authorBySlug: (slug: string) => idOf(s.authorBySlug.get(slug)),
    authorExists: (id: number) => idOf(s.authorById.get(id)) !== null,
    insertAuthor: (slug: string, name: string, userId: string | null) => Number(s.insertAuthor.run(slug, name, userId).lastInsertRowid),
    /** Emails are stored lowercased (lib/validation/auth.ts). */
    userIdByEmail: (email: string) => (s.userByEmail.get(email.toLowerCase()) as { id: string } | undefined)?.id ?? null,
    article: (id: number) => s.article.get(id) as { id: number; updatedAt: number; version: number } | undefined,
    insertArticle: (values: ArticleValues) => Number(s.insertArticle.run({ ...values, commentsOpen: values.commentsOpen ? 1 : 0 }).lastInsertRowid),
    updateArticle: (id: number, values: ArticleValues) => void s.updateArticle.run({ ...values, id, commentsOpen: values.commentsOpen ? 1 : 0 }),
    setArticleTags(articleId: number, tagIds: number[]): number[] {
      const before = (s.articleTagIds.all(articleId) as { id: number }[]).map((r) => r.id);
      s.clearArticleTags.run(articleId);
      for (const tagId of tagIds) s.addArticleTag.run(articleId, tagId);
      return before;
    },
    addRevision: (articleId: number, v: { title: string; excerpt: string; body: string; bodyHtml: string }, at: number) =>
      void s.insertRevision.run(articleId, articleId, v.title, v.excerpt, v.body, v.bodyHtml, at),
    insertComment: (values: CommentValues) => Number(s.insertComment.run(values).lastInsertRowid),
    recountApproved: (articleId: number) => void s.recountApproved.run({ id: articleId }),
  };
}

export type ImportQueries = ReturnType<typeof importQueries>;

// import_runs: the admin screen's uploads, their progress while running and their summary after.

export type ImportRunRow = typeof importRuns.$inferSelect;

export function createImportRun(database: DB, run: { id: string; fileName: string; bytesTotal: number; startedBy: string }): void {
  database.insert(importRuns).values({ ...run, status: 'running' }).run();
}

export function updateImportRunProgress(database: DB, id: string, bytesRead: number, progress: unknown): void {
  database
    .update(importRuns)
    .set({ bytesRead, summary: progress })
    .where(and(eq(importRuns.id, id), eq(importRuns.status, 'running')))
    .run();
}

export function finishImportRun(database: DB, id: string, result: { status: 'done' | 'failed'; summary: unknown; error: string | null }): void {
  database
    .update(importRuns)
    .set({ status: result.status, summary: result.summary, error: result.error, bytesRead: sql`${importRuns.bytesTotal}`, finishedAt: new Date() })
    .where(eq(importRuns.id, id))
    .run();
}

export function findImportRun(database: DB, id: string): ImportRunRow | null {
  return database.select().from(importRuns).where(eq(importRuns.id, id)).get() ?? null;
}

/** The newest runs first (import_runs_started_idx). */
export function recentImportRuns(database: DB, limit = 10): ImportRunRow[] {
  return database.select().from(importRuns).orderBy(desc(importRuns.startedAt)).limit(limit).all();
}
