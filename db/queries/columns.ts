import { sql } from 'drizzle-orm';
import { comments, users } from '../schema';

// Column sets more than one query module selects. No 'server-only' here: db/queries/personal.ts
// uses them outside Next's bundle too.

export const authorName = sql<string>`coalesce(${users.name}, ${comments.guestName}, 'زائر')`;

/** What anyone may see of a comment (selected with a left join on users); never an email. */
export const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName,
  body: comments.body,
  createdAt: comments.createdAt,
};

/**
 * Whether a live (approved or pending) reply hangs under the comment: then it is no longer its author's
 * to change. The outer id is qualified by hand: in a query without a join drizzle writes a bare "id",
 * which inside this subquery would mean the reply's own id.
 */
export const hasReplies = sql<number>`exists (select 1 from ${comments} as r where r.parent_id = ${comments}.${sql.identifier('id')} and r.status in ('approved', 'pending'))`;

/** A user as the rest of the site sees an account. */
export const accountColumns = {
  id: users.id,
  name: sql<string>`coalesce(${users.name}, '')`,
  email: users.email,
  role: users.role,
  bannedAt: users.bannedAt,
};
