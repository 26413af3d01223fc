import { e2eDatabase } from './db';

// What the admin tests arrange or read behind the UI's back.

function withDb<T>(fn: (db: ReturnType<typeof e2eDatabase>) => T): T {
  const db = e2eDatabase();
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export type Status = 'approved' | 'pending' | 'spam' | 'trash';

export function userIdOf(email: string): string {
  return withDb((db) => (db.prepare('select id from users where email = ?').get(email.toLowerCase()) as { id: string }).id);
}

/** A comment stored directly, for tests about moderating rather than posting. */
export function insertComment(input: { articleId: number; email: string; body: string; status: Status; parentId?: number | null; previousStatus?: Status | null }): number {
  return withDb((db) => {
    const result = db
      .prepare(
        `insert into comments (article_id, parent_id, user_id, body, status, previous_status)
         values (?, ?, (select id from users where email = ?), ?, ?, ?)`,
      )
      .run(input.articleId, input.parentId ?? null, input.email.toLowerCase(), input.body, input.status, input.previousStatus ?? null);
    return Number(result.lastInsertRowid);
  });
}

export function commentState(id: number): { status: Status; previousStatus: Status | null; parentId: number | null; body: string } | undefined {
  return withDb(
    (db) =>
      db.prepare('select status, previous_status as previousStatus, parent_id as parentId, body from comments where id = ?').get(id) as
        | { status: Status; previousStatus: Status | null; parentId: number | null; body: string }
        | undefined,
  );
}

export function userState(email: string): { role: string; bannedAt: number | null } {
  return withDb(
    (db) => db.prepare('select role, banned_at as bannedAt from users where email = ?').get(email.toLowerCase()) as { role: string; bannedAt: number | null },
  );
}

export function articleCommentsOpen(articleId: number): boolean {
  return withDb((db) => (db.prepare('select comments_open as open from articles where id = ?').get(articleId) as { open: number }).open === 1);
}

export function moderationSettings(): Record<string, unknown> | undefined {
  return withDb((db) => {
    const row = db.prepare("select value from settings where key = 'moderation'").get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as Record<string, unknown>) : undefined;
  });
}

export function logEntries(targetId: string | number): { action: string; before: unknown; after: unknown; actorEmail: string | null }[] {
  return withDb((db) =>
    (
      db
        .prepare(
          `select l.action, l.before, l.after, u.email as actorEmail from moderation_log l
           left join users u on u.id = l.actor_id where l.target_id = ? order by l.id`,
        )
        .all(String(targetId)) as { action: string; before: string | null; after: string | null; actorEmail: string | null }[]
    ).map((r) => ({ ...r, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) })),
  );
}

/**
 * An article published twenty years ago, for the "close comments after N days" rule: no seeded
 * article is that old, so turning the rule on for a moment closes nothing another test uses.
 * Reader pages are cached, so it appears in no list; its own page renders on first visit.
 */
export function insertOldArticle(slug: string): { id: number; path: string } {
  return withDb((db) => {
    const published = Date.now() - 20 * 365 * 86_400_000;
    const result = db
      .prepare(
        `insert into articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at)
         values (?, ?, '', ?, (select id from sections order by id limit 1), (select id from authors order by id limit 1), 'published', ?, ?)`,
      )
      .run(slug, `مقال قديم ${slug}`, 'نص مقال قديم نُشر قبل عشرين عاماً.', published, published);
    const id = Number(result.lastInsertRowid);
    return { id, path: `/news/${id}/${encodeURIComponent(slug)}` };
  });
}

/** A user who only needs to exist (a target of the users screen), stored without the sign-up form. */
export function insertUser(name: string): { id: string; email: string; name: string } {
  const id = crypto.randomUUID();
  const email = `target-${id}@example.com`;
  withDb((db) => db.prepare("insert into users (id, name, email, role) values (?, ?, ?, 'commenter')").run(id, name, email));
  return { id, email, name };
}

export function replyCount(parentId: number): number {
  return withDb((db) => (db.prepare('select count(*) as n from comments where parent_id = ?').get(parentId) as { n: number }).n);
}
