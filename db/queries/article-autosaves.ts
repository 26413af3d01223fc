import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '../index';
import { articleAutosaves } from '../schema';

export type Autosave = typeof articleAutosaves.$inferSelect;

/** One row per article and person, overwritten while they type. */
export async function putAutosave(input: Omit<Autosave, 'updatedAt'>, now = new Date()): Promise<void> {
  await db()
    .insert(articleAutosaves)
    .values({ ...input, updatedAt: now })
    .onConflictDoUpdate({
      target: [articleAutosaves.articleId, articleAutosaves.userId],
      set: { baseVersion: input.baseVersion, title: input.title, excerpt: input.excerpt, bodyJson: input.bodyJson, updatedAt: now },
    });
}

export async function findAutosave(articleId: number, userId: string): Promise<Autosave | null> {
  const [row] = await db()
    .select()
    .from(articleAutosaves)
    .where(and(eq(articleAutosaves.articleId, articleId), eq(articleAutosaves.userId, userId)));
  return row ?? null;
}

export async function deleteAutosave(articleId: number, userId: string): Promise<void> {
  await db().delete(articleAutosaves).where(and(eq(articleAutosaves.articleId, articleId), eq(articleAutosaves.userId, userId)));
}
