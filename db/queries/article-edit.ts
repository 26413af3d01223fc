import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DB } from '../client';
import { db } from '../index';
import {
  articleAutosaves,
  articleMedia,
  articleRevisions,
  articles,
  articleTags,
  authors,
  sections,
  tags,
  users,
  type ArticleStatus,
} from '../schema';
import { slugify } from '@/lib/arabic/slugify';
import { writeLog } from './moderation-log';

type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];

export type ArticleForEdit = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  bodyJson: string | null;
  bodyHtml: string | null;
  renderVersion: number | null;
  coverMediaId: string | null;
  coverAlt: string;
  coverCaption: string;
  sectionId: number;
  authorId: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  commentsOpen: boolean;
  version: number;
  createdBy: string | null;
  tags: { id: number; name: string }[];
};

export async function findArticleForEdit(id: number): Promise<ArticleForEdit | null> {
  const [row] = await db()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      excerpt: articles.excerpt,
      body: articles.body,
      bodyJson: articles.bodyJson,
      bodyHtml: articles.bodyHtml,
      renderVersion: articles.renderVersion,
      coverMediaId: articles.coverMediaId,
      coverAlt: articles.coverAlt,
      coverCaption: articles.coverCaption,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      commentsOpen: articles.commentsOpen,
      version: articles.version,
      createdBy: articles.createdBy,
    })
    .from(articles)
    .where(eq(articles.id, id));
  if (!row) return null;
  const tagRows = await db()
    .select({ id: tags.id, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
  return { ...row, tags: tagRows };
}

/** Who may see the article at all (status and owner), for the policy checks. */
export async function findArticleFacts(id: number) {
  const [row] = await db()
    .select({ id: articles.id, title: articles.title, slug: articles.slug, status: articles.status, createdBy: articles.createdBy, version: articles.version })
    .from(articles)
    .where(eq(articles.id, id));
  return row ?? null;
}

export async function listAuthorOptions(): Promise<{ id: number; name: string }[]> {
  return db().select({ id: authors.id, name: authors.name }).from(authors).orderBy(asc(authors.name));
}

export async function listTagNames(limit = 500): Promise<string[]> {
  const rows = await db().select({ name: tags.name }).from(tags).orderBy(asc(tags.name)).limit(limit);
  return rows.map((r) => r.name);
}

/** The author row signed to a writer's articles: theirs (authors.user_id), created from their name if missing. */
export async function findOwnAuthor(userId: string): Promise<{ id: number; name: string } | null> {
  const [row] = await db().select({ id: authors.id, name: authors.name }).from(authors).where(eq(authors.userId, userId)).limit(1);
  return row ?? null;
}

function uniqueSlug(tx: Tx, table: typeof authors | typeof tags, base: string): string {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = tx.select({ id: table.id }).from(table).where(eq(table.slug, candidate)).get();
    if (!taken) return candidate;
  }
  return `${base}-${Date.now()}`;
}

function ownAuthorId(tx: Tx, actor: Actor): number {
  const mine = tx.select({ id: authors.id }).from(authors).where(eq(authors.userId, actor.id)).limit(1).get();
  if (mine) return mine.id;
  const user = tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id)).get();
  const name = user?.name?.trim() || actor.name.trim() || 'كاتب';
  const inserted = tx
    .insert(authors)
    .values({ name, slug: uniqueSlug(tx, authors, slugify(name)), userId: actor.id })
    .returning({ id: authors.id })
    .get();
  return inserted.id;
}

function tagIdsFor(tx: Tx, names: readonly string[]): number[] {
  if (!names.length) return [];
  const existing = tx.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.name, [...names])).all();
  const byName = new Map(existing.map((t) => [t.name, t.id]));
  for (const name of names) {
    if (byName.has(name)) continue;
    const row = tx.insert(tags).values({ name, slug: uniqueSlug(tx, tags, slugify(name)) }).returning({ id: tags.id }).get();
    byName.set(name, row.id);
  }
  return names.map((n) => byName.get(n)!);
}

export type Actor = { id: string; name: string };

export type ArticleWrite = {
  title: string;
  excerpt: string;
  slug: string;
  body: string;
  bodyJson: string | null;
  bodyHtml: string | null;
  renderVersion: number | null;
  /** Pictures the body and the cover use (article_media). */
  mediaIds: string[];
  coverMediaId: string | null;
  coverAlt: string;
  coverCaption: string;
  sectionId: number;
  /** null: the actor's own author row (writers). */
  authorId: number | null;
  tagNames: string[];
  status: ArticleStatus;
  publishedAt: Date | null;
  commentsOpen: boolean;
};

/** What reader pages show of an article: compared before and after a write to expire their caches. */
export type Footprint = { status: ArticleStatus; publishedAt: Date | null; sectionId: number; authorId: number; tagIds: number[]; slug: string };

export type WriteRefusal = { ok: false; reason: 'missing' | 'conflict' | 'section' | 'author'; currentVersion?: number };

function checkRefs(tx: Tx, input: ArticleWrite): WriteRefusal | null {
  if (!tx.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId)).get()) return { ok: false, reason: 'section' };
  if (input.authorId !== null && !tx.select({ id: authors.id }).from(authors).where(eq(authors.id, input.authorId)).get()) {
    return { ok: false, reason: 'author' };
  }
  return null;
}

function articleValues(input: ArticleWrite, authorId: number, actor: Actor, now: Date) {
  return {
    title: input.title,
    excerpt: input.excerpt,
    slug: input.slug,
    body: input.body,
    bodyJson: input.bodyJson,
    bodyHtml: input.bodyHtml,
    renderVersion: input.renderVersion,
    coverMediaId: input.coverMediaId,
    coverAlt: input.coverAlt,
    coverCaption: input.coverCaption,
    sectionId: input.sectionId,
    authorId,
    status: input.status,
    publishedAt: input.publishedAt,
    commentsOpen: input.commentsOpen,
    updatedAt: now,
    updatedBy: actor.id,
  };
}

function replaceLinks(tx: Tx, articleId: number, tagIds: number[], mediaIds: string[]) {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  if (tagIds.length) tx.insert(articleTags).values([...new Set(tagIds)].map((tagId) => ({ articleId, tagId }))).run();
  tx.delete(articleMedia).where(eq(articleMedia.articleId, articleId)).run();
  if (mediaIds.length) tx.insert(articleMedia).values([...new Set(mediaIds)].map((mediaId) => ({ articleId, mediaId }))).onConflictDoNothing().run();
}

function addRevision(tx: Tx, articleId: number, version: number, kind: 'save' | 'publish' | 'restore' | 'conflict', c: { title: string; excerpt: string; body: string; bodyJson: string | null; bodyHtml: string | null }, actorId: string) {
  tx.insert(articleRevisions)
    .values({ articleId, version, kind, title: c.title, excerpt: c.excerpt, body: c.body, bodyJson: c.bodyJson, bodyHtml: c.bodyHtml, createdBy: actorId })
    .run();
}

function tagIdsOf(tx: Tx, articleId: number): number[] {
  return tx.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId)).all().map((r) => r.id);
}

/** A new article with its tags, pictures and first revision, in one transaction. */
export function createArticle(
  actor: Actor,
  input: ArticleWrite,
  revisionKind: 'save' | 'publish',
  now = new Date(),
): { ok: true; id: number; version: number; after: Footprint } | WriteRefusal {
  return db().transaction((tx) => {
    const refused = checkRefs(tx, input);
    if (refused) return refused;
    const authorId = input.authorId ?? ownAuthorId(tx, actor);
    const tagIds = tagIdsFor(tx, input.tagNames);
    const { id } = tx
      .insert(articles)
      .values({ ...articleValues(input, authorId, actor, now), version: 1, createdBy: actor.id })
      .returning({ id: articles.id })
      .get();
    replaceLinks(tx, id, tagIds, input.mediaIds);
    addRevision(tx, id, 1, revisionKind, input, actor.id);
    if (input.status === 'published') {
      writeLog(tx, [{ actorId: actor.id, action: 'publish', targetType: 'article', targetId: id, before: null, after: { status: 'published' } }]);
    }
    return {
      ok: true as const,
      id,
      version: 1,
      after: { status: input.status, publishedAt: input.publishedAt, sectionId: input.sectionId, authorId, tagIds, slug: input.slug },
    };
  });
}

/**
 * Saves an article if nobody saved it since `expectedVersion` (optimistic lock). When someone did,
 * nothing of the article changes and the text sent is kept as a 'conflict' revision.
 */
export function updateArticle(
  actor: Actor,
  id: number,
  expectedVersion: number,
  input: ArticleWrite,
  revisionKind: 'save' | 'publish',
  now = new Date(),
): { ok: true; version: number; before: Footprint; after: Footprint } | WriteRefusal {
  return db().transaction((tx) => {
    const current = tx
      .select({ status: articles.status, publishedAt: articles.publishedAt, sectionId: articles.sectionId, authorId: articles.authorId, slug: articles.slug, version: articles.version, title: articles.title })
      .from(articles)
      .where(eq(articles.id, id))
      .get();
    if (!current) return { ok: false as const, reason: 'missing' as const };
    if (current.version !== expectedVersion) {
      addRevision(tx, id, current.version, 'conflict', input, actor.id);
      return { ok: false as const, reason: 'conflict' as const, currentVersion: current.version };
    }
    const refused = checkRefs(tx, input);
    if (refused) return refused;
    const before: Footprint = { ...current, tagIds: tagIdsOf(tx, id) };
    const authorId = input.authorId ?? current.authorId;
    const version = expectedVersion + 1;
    const changed = tx
      .update(articles)
      .set({ ...articleValues(input, authorId, actor, now), version })
      .where(and(eq(articles.id, id), eq(articles.version, expectedVersion)))
      .run().changes;
    if (changed === 0) {
      addRevision(tx, id, current.version, 'conflict', input, actor.id);
      return { ok: false as const, reason: 'conflict' as const, currentVersion: current.version };
    }
    const tagIds = tagIdsFor(tx, input.tagNames);
    replaceLinks(tx, id, tagIds, input.mediaIds);
    addRevision(tx, id, version, revisionKind, input, actor.id);
    tx.delete(articleAutosaves).where(and(eq(articleAutosaves.articleId, id), eq(articleAutosaves.userId, actor.id))).run();
    if (before.status !== input.status && (before.status === 'published' || input.status === 'published')) {
      writeLog(tx, [
        {
          actorId: actor.id,
          action: input.status === 'published' ? 'publish' : 'unpublish',
          targetType: 'article',
          targetId: id,
          before: { status: before.status },
          after: { status: input.status },
        },
      ]);
    }
    return {
      ok: true as const,
      version,
      before,
      after: { status: input.status, publishedAt: input.publishedAt, sectionId: input.sectionId, authorId, tagIds, slug: input.slug },
    };
  });
}

/** What the private preview shows beside the article's own fields: its section's and author's names. */
export async function findPreviewNames(article: Pick<ArticleForEdit, 'sectionId' | 'authorId'>) {
  const [section] = await db().select({ name: sections.name, slug: sections.slug }).from(sections).where(eq(sections.id, article.sectionId));
  const [author] = await db().select({ name: authors.name, slug: authors.slug }).from(authors).where(eq(authors.id, article.authorId));
  return { section: section ?? { name: '', slug: '' }, author: author ?? { name: '', slug: '' } };
}
