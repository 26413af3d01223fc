import { e2eDatabase } from './db';

// What the newsroom tests (scheduling, taxonomy screens) arrange or read behind the UI's back.

function withDb<T>(fn: (db: ReturnType<typeof e2eDatabase>) => T): T {
  const db = e2eDatabase();
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** A scheduled article stored directly, as another process (the CLI, another instance) would. */
export function insertScheduledArticle(title: string, at: number, sectionSlug = 'variety'): number {
  return withDb((db) =>
    Number(
      db
        .prepare(
          `insert into articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at)
           values (?, ?, '', 'نص مقال مجدول.', (select id from sections where slug = ?), (select id from authors order by id limit 1), 'scheduled', ?, ?)`,
        )
        .run(`مجدول-${at}`, title, sectionSlug, at, Date.now()).lastInsertRowid,
    ),
  );
}

export function articleStatus(id: number): { status: string; publishedAt: number | null } | undefined {
  return withDb((db) => db.prepare('select status, published_at as publishedAt from articles where id = ?').get(id) as { status: string; publishedAt: number | null } | undefined);
}

export function setArticleTitle(id: number, title: string): void {
  withDb((db) => db.prepare('update articles set title = ? where id = ?').run(title, id));
}

/** A row of the cache outbox, as the import CLI writes it. */
export function appendOutbox(tags: string[]): void {
  withDb((db) => db.prepare('insert into cache_invalidations (tags) values (?)').run(JSON.stringify(tags)));
}

export function sectionBySlug(slug: string): { id: number; name: string; position: number } | undefined {
  return withDb((db) => db.prepare('select id, name, position from sections where slug = ?').get(slug) as { id: number; name: string; position: number } | undefined);
}

export function tagBySlug(slug: string): { id: number; name: string } | undefined {
  return withDb((db) => db.prepare('select id, name from tags where slug = ?').get(slug) as { id: number; name: string } | undefined);
}

export function authorBySlug(slug: string): { id: number; name: string; bio: string; avatar: string | null; userId: string | null } | undefined {
  return withDb(
    (db) =>
      db.prepare('select id, name, bio, avatar, user_id as userId from authors where slug = ?').get(slug) as
        | { id: number; name: string; bio: string; avatar: string | null; userId: string | null }
        | undefined,
  );
}

/** A published article in a section, tagged, for the "delete only when empty" and merge tests. */
export function insertPublishedArticle(title: string, sectionId: number, tagIds: number[] = []): number {
  return withDb((db) => {
    const now = Date.now() - 86_400_000 * 3650;
    const id = Number(
      db
        .prepare(
          `insert into articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at)
           values ('اختبار', ?, '', 'نص.', ?, (select id from authors order by id limit 1), 'published', ?, ?)`,
        )
        .run(title, sectionId, now, now).lastInsertRowid,
    );
    for (const tagId of tagIds) db.prepare('insert into article_tags (article_id, tag_id) values (?, ?)').run(id, tagId);
    return id;
  });
}

export function tagIdsOf(articleId: number): number[] {
  return withDb((db) => (db.prepare('select tag_id as t from article_tags where article_id = ? order by tag_id').all(articleId) as { t: number }[]).map((r) => r.t));
}

/** A section, tag or author stored directly, for a test to rename, move, merge or delete. */
export function insertSection(name: string, slug: string): { id: number; slug: string; name: string } {
  return withDb((db) => {
    const { max } = db.prepare('select coalesce(max(position), 0) as max from sections').get() as { max: number };
    const id = Number(db.prepare('insert into sections (slug, name, position) values (?, ?, ?)').run(slug, name, max + 1).lastInsertRowid);
    return { id, slug, name };
  });
}

export function insertTag(name: string, slug: string): { id: number; slug: string; name: string } {
  return withDb((db) => ({ id: Number(db.prepare('insert into tags (slug, name) values (?, ?)').run(slug, name).lastInsertRowid), slug, name }));
}

export function insertAuthor(name: string, slug: string): { id: number; slug: string; name: string } {
  return withDb((db) => ({ id: Number(db.prepare('insert into authors (slug, name) values (?, ?)').run(slug, name).lastInsertRowid), slug, name }));
}
