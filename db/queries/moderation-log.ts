import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DB } from '../client';
import { db } from '../index';
import { articles, moderationLog, users } from '../schema';

export const logTargetTypes = ['comment', 'user', 'article', 'settings'] as const;
export type LogTargetType = (typeof logTargetTypes)[number];

export type LogEntry = {
  actorId: string;
  action: string;
  targetType: LogTargetType;
  targetId: string | number;
  before: unknown;
  after: unknown;
};

/** The database or a transaction: log rows are written in the same transaction as the change. */
export type Writer = Pick<DB, 'insert'>;

export function writeLog(writer: Writer, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  writer
    .insert(moderationLog)
    .values(
      entries.map((e) => ({
        actorId: e.actorId,
        action: e.action,
        targetType: e.targetType,
        targetId: String(e.targetId),
        before: e.before ?? null,
        after: e.after ?? null,
      })),
    )
    .run();
}

export type LogRow = {
  id: number;
  at: Date;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  actorName: string | null;
  actorEmail: string | null;
  /** The user's or the article's name, when the target is one and still exists. */
  targetLabel: string | null;
};

export type LogFilter = { action?: string; targetType?: LogTargetType; page: number; perPage: number };

const target = alias(users, 'target_user');

export async function listModerationLog(filter: LogFilter): Promise<{ items: LogRow[]; total: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(moderationLog.action, filter.action));
  if (filter.targetType) conditions.push(eq(moderationLog.targetType, filter.targetType));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db()
    .select({ total: sql<number>`count(*)` })
    .from(moderationLog)
    .where(where);
  const items = await db()
    .select({
      id: moderationLog.id,
      at: moderationLog.at,
      action: moderationLog.action,
      targetType: moderationLog.targetType,
      targetId: moderationLog.targetId,
      before: moderationLog.before,
      after: moderationLog.after,
      actorName: users.name,
      actorEmail: users.email,
      targetLabel: sql<string | null>`coalesce(${target.name}, ${articles.title})`,
    })
    .from(moderationLog)
    .leftJoin(users, eq(moderationLog.actorId, users.id))
    .leftJoin(target, and(eq(moderationLog.targetType, 'user'), eq(target.id, moderationLog.targetId)))
    .leftJoin(
      articles,
      and(eq(moderationLog.targetType, 'article'), sql`${articles.id} = cast(${moderationLog.targetId} as integer)`),
    )
    .where(where)
    .orderBy(desc(moderationLog.at), desc(moderationLog.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / filter.perPage)) };
}

export async function listLogActions(): Promise<string[]> {
  const rows = await db().selectDistinct({ action: moderationLog.action }).from(moderationLog).orderBy(moderationLog.action);
  return rows.map((r) => r.action);
}
