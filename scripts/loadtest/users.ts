import { randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { encode } from 'next-auth/jwt';
import { articlePath } from '@/lib/urls';

// The load test's commenters: many distinct users written straight into the database, each with a
// sign-in row and the session cookie Auth.js would have issued for it (the same JWT, signed with
// the server's AUTH_SECRET), so no password hashing stands between the test and its first post.

export const SESSION_COOKIE = 'authjs.session-token';
const DAY_MS = 24 * 60 * 60 * 1000;

export type Commenter = { userId: string; email: string; cookie: string };

export async function createCommenters(databaseFile: string, count: number, runId: string, secret: string): Promise<Commenter[]> {
  const db = new Database(databaseFile, { fileMustExist: true });
  const now = Date.now();
  const made: { userId: string; email: string; sid: string }[] = [];
  try {
    db.pragma('busy_timeout = 5000');
    const user = db.prepare("insert into users (id, name, email, role, created_at) values (?, ?, ?, 'commenter', ?)");
    const session = db.prepare('insert into sessions (session_token, user_id, expires, created_at, user_agent) values (?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const userId = randomUUID();
        const email = `loadtest-${runId}-${i}@example.com`;
        const sid = randomBytes(24).toString('base64url');
        user.run(userId, `قارئ تجريبي ${i + 1}`, email, now);
        session.run(sid, userId, now + DAY_MS, now, 'khabar-loadtest');
        made.push({ userId, email, sid });
      }
    })();
  } finally {
    db.close();
  }
  return Promise.all(
    made.map(async ({ userId, email, sid }) => {
      const token = await encode({ token: { sub: userId, sid, email }, secret, salt: SESSION_COOKIE, maxAge: DAY_MS / 1000 });
      return { userId, email, cookie: `${SESSION_COOKIE}=${token}` };
    }),
  );
}

export type ArticleTarget = { id: number; path: string };

/** Recent published articles open for comments: what readers load and commenters comment on. */
export function articleTargets(databaseFile: string, limit: number): ArticleTarget[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("select id, slug from articles where status = 'published' and comments_open = 1 order by published_at desc limit ?")
      .all(limit) as { id: number; slug: string }[];
    return rows.map((r) => ({ id: r.id, path: articlePath(r) }));
  } finally {
    db.close();
  }
}
