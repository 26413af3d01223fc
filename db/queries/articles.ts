import 'server-only';
import { and, desc, eq, inArray, lt, lte, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { dayNumber, VIEW_DAYS_KEPT } from '@/lib/views/view-days';
import { db } from '../index';
import { articles, articleTags, articleViewsDaily, authors, media, sections, tags, type MediaVariant } from '../schema';
import { NOW, prepared } from './prepared';

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  /** The cover picture (lib/media/variants.ts imageAttributes turns it into <img> attributes). */
  cover: ArticleCover | null;
  publishedAt: Date;
  section: { id: number; slug: string; name: string };
  author: { id: number; slug: string; name: string };
};

export type ArticleCover = { width: number; height: number; variants: MediaVariant[]; alt: string; caption: string };

export type ArticleDetail = ArticleCard & {
  body: string;
  /** Sanitized at save (lib/rich-text/render.ts); null for seed articles (render `body` as paragraphs). */
  bodyHtml: string | null;
  updatedAt: Date;
  commentsOpen: boolean;
  approvedCommentCount: number;
  tags: { id: number; slug: string; name: string }[];
};

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  excerpt: articles.excerpt,
  coverWidth: media.width,
  coverHeight: media.height,
  coverVariants: media.variants,
  coverAlt: articles.coverAlt,
  coverCaption: articles.coverCaption,
  publishedAt: articles.publishedAt,
  section: { id: sections.id, slug: sections.slug, name: sections.name },
  author: { id: authors.id, slug: authors.slug, name: authors.name },
};

/** Published by `now`: a date, or NOW in a prepared statement. */
export function isPublished(now: Date | Placeholder = new Date()): SQL {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;
}

/** Published articles' cards; `published` may be written so an index on it goes unused (see popular-articles). */
export function cardQuery(where: SQL | undefined, published: SQL = isPublished()) {
  return db()
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.coverMediaId, media.id))
    .where(and(published, where));
}

export type CardRow = Omit<ArticleCard, 'publishedAt' | 'cover'> & {
  publishedAt: Date | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverVariants: MediaVariant[] | null;
  coverAlt: string;
  coverCaption: string;
};

/** A card row's cover columns (left-joined: a missing or deleted picture is no cover) as one object. */
export function withCover<T extends CardRow>(row: T) {
  const { coverWidth: width, coverHeight: height, coverVariants: variants, coverAlt: alt, coverCaption: caption, ...rest } = row;
  const cover = width && height && variants?.length ? { width, height, variants, alt, caption } : null;
  return { ...rest, cover };
}

// published_at is NOT NULL for every published row (isPublished filters on it).
export const asCards = (rows: CardRow[]) => rows.map(withCover) as ArticleCard[];

export async function listLatestArticles(limit: number, offset = 0): Promise<ArticleCard[]> {
  const statement = prepared('latest cards', () =>
    cardQuery(undefined, isPublished(NOW))
      .orderBy(desc(articles.publishedAt))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  );
  return asCards(await statement.all({ now: Date.now(), limit, offset }));
}

async function pageOf(where: SQL | undefined, page: number, perPage: number): Promise<Page<ArticleCard>> {
  const [{ total } = { total: 0 }] = await db()
    .select({ total: sql<number>`count(*)` })
    .from(articles)
    .where(and(isPublished(), where));
  return archivePage(
    { total, page, perPage },
    (offset) => pageStart(where, offset),
    async (start) =>
      asCards(
        await cardQuery(and(where, start ? atOrAfter(start) : undefined))
          .orderBy(desc(articles.publishedAt), desc(articles.id))
          .limit(perPage),
      ),
  );
}

/** The key of an archive page's first article: newest-first order is by publication, then id. */
export type PageStart = { publishedAt: Date; id: number };

/**
 * One page of a newest-first archive of `total` articles. A later page's first key is read first
 * (`startOf`, along an index: the articles before it cost an index step each instead of a joined card
 * each; page 500 of a section: 29 ms with OFFSET on the cards, 100k articles), then the page's cards
 * from that key.
 */
export async function archivePage(
  { total, page, perPage }: { total: number; page: number; perPage: number },
  startOf: (offset: number) => Promise<PageStart | null>,
  cardsFrom: (start: PageStart | null) => Promise<ArticleCard[]>,
): Promise<Page<ArticleCard>> {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const start = page > 1 && page <= pageCount ? await startOf((page - 1) * perPage) : null;
  const items = page > pageCount || (page > 1 && !start) ? [] : await cardsFrom(start);
  return { items, total, page, pageCount };
}

/** The first article of a later page of a section's (or author's) archive, read along its index. */
async function pageStart(where: SQL | undefined, offset: number): Promise<PageStart | null> {
  const [row] = await db()
    .select({ publishedAt: articles.publishedAt, id: articles.id })
    .from(articles)
    .where(and(isPublished(), where))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(1)
    .offset(offset);
  return row?.publishedAt ? { publishedAt: row.publishedAt, id: row.id } : null;
}

type OrderKey = { publishedAt: SQLiteColumn; id: SQLiteColumn };

/** That article and those after it in newest-first order (by the articles' columns, or a copy's). */
export function atOrAfter(start: PageStart, key: OrderKey = { publishedAt: articles.publishedAt, id: articles.id }): SQL {
  return and(
    lte(key.publishedAt, start.publishedAt),
    or(lt(key.publishedAt, start.publishedAt), lte(key.id, start.id)),
  )!;
}

/** A section's newest articles, uncounted: the home page's block of it (counting them was most of the home page's queries). */
export async function listSectionLatest(sectionId: number, limit: number): Promise<ArticleCard[]> {
  const statement = prepared('section latest cards', () =>
    cardQuery(eq(articles.sectionId, sql.placeholder('section')), isPublished(NOW))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
  return asCards(await statement.all({ now: Date.now(), section: sectionId, limit }));
}

export function listSectionArticles(sectionId: number, page: number, perPage: number) {
  return pageOf(eq(articles.sectionId, sectionId), page, perPage);
}

export function listAuthorArticles(authorId: number, page: number, perPage: number) {
  return pageOf(eq(articles.authorId, authorId), page, perPage);
}

export async function findPublishedArticle(id: number): Promise<ArticleDetail | null> {
  const article = prepared('published article', () =>
    db()
      .select({
        ...cardColumns,
        body: articles.body,
        bodyHtml: articles.bodyHtml,
        updatedAt: articles.updatedAt,
        commentsOpen: articles.commentsOpen,
        approvedCommentCount: articles.approvedCommentCount,
      })
      .from(articles)
      .innerJoin(sections, eq(articles.sectionId, sections.id))
      .innerJoin(authors, eq(articles.authorId, authors.id))
      .leftJoin(media, eq(articles.coverMediaId, media.id))
      .where(and(isPublished(NOW), eq(articles.id, sql.placeholder('id'))))
      .prepare(),
  );
  const row = await article.get({ now: Date.now(), id });
  if (!row || !row.publishedAt) return null;
  const articleTagRows = await prepared('article tags', () =>
    db()
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(articleTags.tagId, tags.id))
      .where(eq(articleTags.articleId, sql.placeholder('id')))
      .orderBy(tags.name)
      .prepare(),
  ).all({ id });
  return { ...withCover(row), publishedAt: row.publishedAt, tags: articleTagRows };
}

export async function readViewCount(id: number): Promise<number> {
  const row = await prepared('view count', () =>
    db().select({ viewCount: articles.viewCount }).from(articles).where(eq(articles.id, sql.placeholder('id'))).prepare(),
  ).get({ id });
  return row?.viewCount ?? 0;
}

/**
 * Adds batched page views in one transaction, to the total and to today's row (and drops daily rows
 * past VIEW_DAYS_KEPT, through the day index); returns the ids that exist.
 */
export async function addViews(counts: ReadonlyMap<number, number>, now = Date.now()): Promise<number[]> {
  const updated: number[] = [];
  const day = dayNumber(now);
  db().transaction((tx) => {
    for (const [id, n] of counts) {
      const result = tx
        .update(articles)
        .set({ viewCount: sql`${articles.viewCount} + ${n}` })
        .where(and(eq(articles.id, id), eq(articles.status, 'published')))
        .run();
      if (result.changes === 0) continue;
      updated.push(id);
      tx.insert(articleViewsDaily)
        .values({ articleId: id, day, views: n })
        .onConflictDoUpdate({
          target: [articleViewsDaily.articleId, articleViewsDaily.day],
          set: { views: sql`${articleViewsDaily.views} + excluded.views` },
        })
        .run();
    }
    tx.delete(articleViewsDaily).where(lt(articleViewsDaily.day, day - VIEW_DAYS_KEPT + 1)).run();
  });
  return updated;
}

export async function listRecentArticleParams(limit: number): Promise<{ id: number; slug: string }[]> {
  return db()
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(isPublished())
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}

/** Published articles' cards in the order of `ids` (a search's page of results), with their plain text. */
export async function listCardsByIds(ids: readonly number[]): Promise<(ArticleCard & { body: string })[]> {
  if (!ids.length) return [];
  const rows = await db()
    .select({ ...cardColumns, body: articles.body })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.coverMediaId, media.id))
    .where(and(isPublished(), inArray(articles.id, [...ids])));
  const byId = new Map(rows.map((r) => [r.id, withCover(r) as ArticleCard & { body: string }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
