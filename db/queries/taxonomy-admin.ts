import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags, sections, tags } from '../schema';
import { syncSearchIndex } from './search-index';
import { uniqueViolation } from './unique-violation';

// The sections and tags screens. Counts read the per-section and per-tag indexes; writes that can
// collide on a slug or name say which instead of throwing.

/** How many article pages a rename expires one by one; beyond it, their 5-minute refresh catches up. */
export const MAX_ARTICLE_PAGES_TO_EXPIRE = 2000;

export type Collision = { ok: false; taken: 'slug' | 'name' };

export type AdminSection = { id: number; name: string; slug: string; position: number; articles: number };

export function listSectionsForAdmin(): AdminSection[] {
  return db()
    .select({
      id: sections.id,
      name: sections.name,
      slug: sections.slug,
      position: sections.position,
      articles: sql<number>`(select count(*) from ${articles} where ${articles.sectionId} = ${sections.id})`,
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id))
    .all();
}

export function findSection(id: number): { id: number; name: string; slug: string; position: number } | undefined {
  return db().select({ id: sections.id, name: sections.name, slug: sections.slug, position: sections.position }).from(sections).where(eq(sections.id, id)).get();
}

function collision(error: unknown): Collision {
  const column = uniqueViolation(error);
  if (!column) throw error;
  return { ok: false, taken: column.endsWith('.name') ? 'name' : 'slug' };
}

export function createSection(input: { name: string; slug: string }): { ok: true; id: number } | Collision {
  try {
    return db().transaction((tx) => {
      const last = tx.select({ max: sql<number | null>`max(${sections.position})` }).from(sections).get();
      const row = tx.insert(sections).values({ ...input, position: (last?.max ?? -1) + 1 }).returning({ id: sections.id }).get();
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    return collision(error);
  }
}

export function updateSection(id: number, input: { name: string; slug: string; position: number }): { ok: true; changed: boolean } | Collision {
  try {
    const result = db()
      .update(sections)
      .set(input)
      .where(and(eq(sections.id, id), sql`(${sections.name}, ${sections.slug}, ${sections.position}) is not (${input.name}, ${input.slug}, ${input.position})`))
      .run();
    return { ok: true, changed: result.changes > 0 };
  } catch (error) {
    return collision(error);
  }
}

/** Swaps a section with its neighbour in the menu (positions renumbered 0…n first, so ties cannot stick). */
export function moveSection(id: number, direction: 'up' | 'down'): boolean {
  return db().transaction((tx) => {
    const order = tx.select({ id: sections.id }).from(sections).orderBy(asc(sections.position), asc(sections.id)).all().map((s) => s.id);
    const from = order.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return false;
    [order[from], order[to]] = [order[to]!, order[from]!];
    order.forEach((sectionId, position) => tx.update(sections).set({ position }).where(eq(sections.id, sectionId)).run());
    return true;
  });
}

/** Deletes an empty section; a section that holds articles says how many instead. */
export function deleteSection(id: number): { ok: true } | { ok: false; articles: number } {
  return db().transaction((tx) => {
    const { n } = tx.select({ n: sql<number>`count(*)` }).from(articles).where(eq(articles.sectionId, id)).get()!;
    if (n > 0) return { ok: false as const, articles: n };
    tx.delete(sections).where(eq(sections.id, id)).run();
    return { ok: true as const };
  });
}

/** The articles whose pages show this section's name and link (articles_section_idx). */
export function articleIdsInSection(id: number): number[] {
  return db()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.sectionId, id), eq(articles.status, 'published')))
    .limit(MAX_ARTICLE_PAGES_TO_EXPIRE)
    .all()
    .map((r) => r.id);
}

// --- Tags ---

export type AdminTag = { id: number; name: string; slug: string; articles: number };

function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listTagsForAdmin(filter: { q?: string; page: number; perPage: number }): { items: AdminTag[]; total: number; pageCount: number } {
  const pattern = filter.q ? contains(filter.q) : undefined;
  const where = pattern ? sql`(${tags.name} like ${pattern} escape '\\' or ${tags.slug} like ${pattern} escape '\\')` : undefined;
  const { total } = db().select({ total: sql<number>`count(*)` }).from(tags).where(where).get()!;
  const items = db()
    .select({
      id: tags.id,
      name: tags.name,
      slug: tags.slug,
      articles: sql<number>`(select count(*) from ${articleTags} where ${articleTags.tagId} = ${tags.id})`,
    })
    .from(tags)
    .where(where)
    .orderBy(asc(tags.name))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
    .all();
  return { items, total, pageCount: Math.max(1, Math.ceil(total / filter.perPage)) };
}

export function findTag(id: number): { id: number; name: string; slug: string } | undefined {
  return db().select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).where(eq(tags.id, id)).get();
}

/** Tags to merge into, by name (the unique index), without the one being merged. */
export function findTagByName(name: string, except: number): { id: number; name: string } | undefined {
  return db().select({ id: tags.id, name: tags.name }).from(tags).where(and(eq(tags.name, name), ne(tags.id, except))).get();
}

export function createTag(input: { name: string; slug: string }): { ok: true; id: number } | Collision {
  try {
    return { ok: true, id: db().insert(tags).values(input).returning({ id: tags.id }).get().id };
  } catch (error) {
    return collision(error);
  }
}

export function updateTag(id: number, input: { name: string; slug: string }): { ok: true; changed: boolean } | Collision {
  try {
    const result = db()
      .update(tags)
      .set(input)
      .where(and(eq(tags.id, id), sql`(${tags.name}, ${tags.slug}) is not (${input.name}, ${input.slug})`))
      .run();
    // A renamed tag re-indexes every article carrying it: done here, not by the next reader's search.
    if (result.changes > 0) syncSearchIndex(db());
    return { ok: true, changed: result.changes > 0 };
  } catch (error) {
    return collision(error);
  }
}

/** The articles carrying a tag (article_tags_published_idx leads with the tag), whose pages list it. */
export function articleIdsWithTag(id: number): number[] {
  return db()
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .where(eq(articleTags.tagId, id))
    .limit(MAX_ARTICLE_PAGES_TO_EXPIRE)
    .all()
    .map((r) => r.id);
}

/** Every article of `from` gets `into` (once), then `from` goes; one transaction. Returns the articles moved. */
export function mergeTag(from: number, into: number): number[] | null {
  return db().transaction((tx) => {
    if (!tx.select({ id: tags.id }).from(tags).where(eq(tags.id, into)).get()) return null;
    const moved = tx.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, from)).all().map((r) => r.id);
    tx.run(sql`insert or ignore into ${articleTags} (article_id, tag_id) select article_id, ${into} from ${articleTags} where tag_id = ${from}`);
    const deleted = tx.delete(tags).where(eq(tags.id, from)).run();
    if (deleted.changes > 0) syncSearchIndex(db());
    return deleted.changes > 0 ? moved : null;
  });
}

/** Deletes a tag (its article links go with it); returns the articles that carried it, or null if it was gone. */
export function deleteTag(id: number): number[] | null {
  return db().transaction((tx) => {
    const carried = tx.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, id)).all().map((r) => r.id);
    if (tx.delete(tags).where(eq(tags.id, id)).run().changes === 0) return null;
    syncSearchIndex(db());
    return carried;
  });
}
