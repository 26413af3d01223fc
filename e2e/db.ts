import Database from 'better-sqlite3';

/** The run's throwaway database, for arranging what the UI has no screen for. */
export function e2eDatabase() {
  const file = process.env.KHABAR_E2E_DB;
  if (!file) throw new Error('KHABAR_E2E_DB is set by playwright.config.ts');
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  return db;
}

export function setRole(email: string, role: 'commenter' | 'writer' | 'moderator' | 'editor' | 'admin') {
  const db = e2eDatabase();
  try {
    db.prepare('update users set role = ? where email = ?').run(role, email.toLowerCase());
  } finally {
    db.close();
  }
}

export function setBanned(email: string, banned: boolean) {
  const db = e2eDatabase();
  try {
    db.prepare('update users set banned_at = ? where email = ?').run(banned ? Date.now() : null, email.toLowerCase());
  } finally {
    db.close();
  }
}

/** Moves a comment's creation time back, as if it had been posted `ms` earlier. */
export function ageComment(id: number, ms: number) {
  const db = e2eDatabase();
  try {
    db.prepare('update comments set created_at = created_at - ? where id = ?').run(ms, id);
  } finally {
    db.close();
  }
}

/** Lets a test post again at once, without waiting out the flood interval. */
export function ageUserComments(email: string, ms: number) {
  const db = e2eDatabase();
  try {
    db.prepare('update comments set created_at = created_at - ? where user_id = (select id from users where email = ?)').run(ms, email.toLowerCase());
  } finally {
    db.close();
  }
}

/** Approves comments behind the app's back (the moderation screen is tested on its own). */
export function approveInDatabase(ids: number[]) {
  const db = e2eDatabase();
  try {
    const approve = db.prepare("update comments set status = 'approved' where id = ?");
    for (const id of ids) approve.run(id);
  } finally {
    db.close();
  }
}

export function setCommentsOpen(articleId: number, open: boolean) {
  const db = e2eDatabase();
  try {
    db.prepare('update articles set comments_open = ? where id = ?').run(open ? 1 : 0, articleId);
  } finally {
    db.close();
  }
}

export function storedCommentBody(id: number): string | undefined {
  const db = e2eDatabase();
  try {
    return (db.prepare('select body from comments where id = ?').get(id) as { body: string } | undefined)?.body;
  } finally {
    db.close();
  }
}
