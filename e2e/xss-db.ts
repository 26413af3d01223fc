import { e2eDatabase } from './db';

// The XSS corpus stored in bulk, behind the app's back (e2e/xss.spec.ts also posts part of it
// through the real endpoints). What is stored is what the app would store: cleaned text.

function withDb<T>(fn: (db: ReturnType<typeof e2eDatabase>) => T): T {
  const db = e2eDatabase();
  try {
    return db.transaction(() => fn(db))();
  } finally {
    db.close();
  }
}

/** An article of the test's own (a year old, comments open), so it changes no page another test reads. */
export function insertProbeArticle(input: { slug: string; title: string; excerpt: string; body: string }): { id: number; path: string } {
  return withDb((db) => {
    const published = Date.now() - 365 * 86_400_000;
    const result = db
      .prepare(
        `insert into articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at)
         values (?, ?, ?, ?, (select id from sections order by id limit 1), (select id from authors order by id limit 1), 'published', ?, ?)`,
      )
      .run(input.slug, input.title, input.excerpt, input.body, published, published);
    const id = Number(result.lastInsertRowid);
    return { id, path: `/news/${id}/${encodeURIComponent(input.slug)}` };
  });
}

/** Commenters with the given display names; returns their ids in the same order. */
export function insertUsers(users: { name: string; email: string }[]): string[] {
  return withDb((db) => {
    const insert = db.prepare("insert into users (id, name, email, role) values (?, ?, ?, 'commenter')");
    return users.map((u) => {
      const id = crypto.randomUUID();
      insert.run(id, u.name, u.email.toLowerCase());
      return id;
    });
  });
}

/** Approved comments; returns their ids in the same order. */
export function insertApprovedComments(articleId: number, comments: { userId: string; body: string; parentId: number | null }[]): number[] {
  return withDb((db) => {
    const insert = db.prepare("insert into comments (article_id, parent_id, user_id, body, status) values (?, ?, ?, ?, 'approved')");
    return comments.map((c) => Number(insert.run(articleId, c.parentId, c.userId, c.body).lastInsertRowid));
  });
}

export function userIdsByEmail(emails: string[]): string[] {
  return withDb((db) => {
    const select = db.prepare('select id from users where email = ?');
    return emails.map((email) => (select.get(email.toLowerCase()) as { id: string }).id);
  });
}
