import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '../index';
import { articleMedia, articleRevisions, articles, users, type ArticleRevision } from '../schema';

export type RevisionRow = {
  id: number;
  version: number;
  kind: ArticleRevision['kind'];
  title: string;
  createdAt: Date;
  authorName: string | null;
};

/** An article's revisions, newest first (article_revisions_article_idx). */
export async function listRevisions(articleId: number, limit = 100): Promise<RevisionRow[]> {
  return db()
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      kind: articleRevisions.kind,
      title: articleRevisions.title,
      createdAt: articleRevisions.createdAt,
      authorName: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.createdBy, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
    .limit(limit);
}

export async function findRevision(articleId: number, revisionId: number): Promise<ArticleRevision | null> {
  const [row] = await db()
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  return row ?? null;
}

/**
 * Puts a revision's title, excerpt and body back into the article as a new version, recorded as a
 * 'restore' revision; refused (conflict) when the article moved on since `expectedVersion`.
 */
export function restoreRevision(
  actorId: string,
  revision: ArticleRevision,
  expectedVersion: number,
  bodyMediaIds: string[],
  coverMediaId: string | null,
  now = new Date(),
): { ok: true; version: number } | { ok: false; reason: 'missing' | 'conflict' } {
  return db().transaction((tx) => {
    const current = tx.select({ version: articles.version }).from(articles).where(eq(articles.id, revision.articleId)).get();
    if (!current) return { ok: false as const, reason: 'missing' as const };
    const version = expectedVersion + 1;
    const changed = tx
      .update(articles)
      .set({
        title: revision.title,
        excerpt: revision.excerpt,
        body: revision.body,
        bodyJson: revision.bodyJson,
        bodyHtml: revision.bodyHtml,
        version,
        updatedAt: now,
        updatedBy: actorId,
      })
      .where(and(eq(articles.id, revision.articleId), eq(articles.version, expectedVersion)))
      .run().changes;
    if (changed === 0) return { ok: false as const, reason: 'conflict' as const };
    tx.delete(articleMedia).where(eq(articleMedia.articleId, revision.articleId)).run();
    const media = [...new Set([...bodyMediaIds, ...(coverMediaId ? [coverMediaId] : [])])];
    if (media.length) tx.insert(articleMedia).values(media.map((mediaId) => ({ articleId: revision.articleId, mediaId }))).onConflictDoNothing().run();
    tx.insert(articleRevisions)
      .values({
        articleId: revision.articleId,
        version,
        kind: 'restore',
        title: revision.title,
        excerpt: revision.excerpt,
        body: revision.body,
        bodyJson: revision.bodyJson,
        bodyHtml: revision.bodyHtml,
        createdBy: actorId,
      })
      .run();
    return { ok: true as const, version };
  });
}
