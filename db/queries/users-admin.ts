import 'server-only';
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { comments, users, type UserRole } from '../schema';
import { recountApproved } from './comments';
import { writeLog } from './moderation-log';
import { endSessionsOf } from './sessions';

export type AdminUserRow = {
  id: string;
  name: string;
  email: string | null;
  role: UserRole;
  bannedAt: Date | null;
  createdAt: Date;
  approved: number;
  pending: number;
  spam: number;
};

export type UserFilter = { q?: string; role?: UserRole; banned?: boolean; page: number; perPage: number };

const countOf = (status: string) =>
  sql<number>`(select count(*) from ${comments} where ${comments.userId} = ${users.id} and ${comments.status} = ${status})`;

function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listUsersForAdmin(filter: UserFilter): Promise<{ items: AdminUserRow[]; total: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = contains(filter.q);
    conditions.push(or(sql`${users.name} like ${pattern} escape '\\'`, sql`${users.email} like ${pattern} escape '\\'`)!);
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.banned) conditions.push(sql`${users.bannedAt} is not null`);
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db().select({ total: sql<number>`count(*)` }).from(users).where(where);
  const items = await db()
    .select({
      id: users.id,
      name: sql<string>`coalesce(${users.name}, '')`,
      email: users.email,
      role: users.role,
      bannedAt: users.bannedAt,
      createdAt: users.createdAt,
      approved: countOf('approved'),
      pending: countOf('pending'),
      spam: countOf('spam'),
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), users.id)
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / filter.perPage)) };
}

export async function findUserForAdmin(id: string) {
  const [row] = await db()
    .select({ id: users.id, name: sql<string>`coalesce(${users.name}, '')`, role: users.role, bannedAt: users.bannedAt })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

export async function changeUserRole(actorId: string, id: string, from: UserRole, to: UserRole): Promise<boolean> {
  return db().transaction((tx) => {
    const changed = tx.update(users).set({ role: to }).where(and(eq(users.id, id), eq(users.role, from))).run().changes > 0;
    // Signed in again, the user sees the site as the new role has it; the old sign-ins end.
    if (changed) endSessionsOf(tx, id);
    if (changed) writeLog(tx, [{ actorId, action: 'role', targetType: 'user', targetId: id, before: { role: from }, after: { role: to } }]);
    return changed;
  });
}

/**
 * Bans a user; with `hideComments`, their approved and pending comments go to the trash (where a
 * restore brings each back) and the articles' counts follow, in the same transaction. Returns the
 * articles whose visible comments changed.
 */
export async function banUser(
  actorId: string,
  id: string,
  hideComments: boolean,
): Promise<{ banned: boolean; hidden: number; articleIds: number[] }> {
  return db().transaction((tx) => {
    const banned =
      tx.update(users).set({ bannedAt: new Date() }).where(and(eq(users.id, id), sql`${users.bannedAt} is null`)).run()
        .changes > 0;
    if (!banned) return { banned: false, hidden: 0, articleIds: [] };
    endSessionsOf(tx, id);
    const visible = hideComments
      ? tx
          .select({ id: comments.id, status: comments.status, articleId: comments.articleId })
          .from(comments)
          .where(and(eq(comments.userId, id), inArray(comments.status, ['approved', 'pending'])))
          .all()
      : [];
    for (const c of visible) {
      tx.update(comments).set({ status: 'trash', previousStatus: c.status }).where(eq(comments.id, c.id)).run();
    }
    writeLog(tx, [
      { actorId, action: 'ban', targetType: 'user', targetId: id, before: { banned: false }, after: { banned: true, hideComments } },
      ...visible.map((c) => ({
        actorId,
        action: 'trash',
        targetType: 'comment' as const,
        targetId: c.id,
        before: { status: c.status },
        after: { status: 'trash', reason: 'ban' },
      })),
    ]);
    const articleIds = [...new Set(visible.filter((c) => c.status === 'approved').map((c) => c.articleId))];
    recountApproved(tx, articleIds);
    return { banned: true, hidden: visible.length, articleIds };
  });
}

export async function unbanUser(actorId: string, id: string): Promise<boolean> {
  return db().transaction((tx) => {
    const changed =
      tx.update(users).set({ bannedAt: null }).where(and(eq(users.id, id), sql`${users.bannedAt} is not null`)).run()
        .changes > 0;
    if (changed) writeLog(tx, [{ actorId, action: 'unban', targetType: 'user', targetId: id, before: { banned: true }, after: { banned: false } }]);
    return changed;
  });
}
