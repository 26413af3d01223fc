import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, authors, users, type UserRole } from '../schema';
import { MAX_ARTICLE_PAGES_TO_EXPIRE } from './taxonomy-admin';
import { uniqueViolation } from './unique-violation';

// The authors screen (admins): the bylines readers see, each optionally linked to a staff account.

export type AdminAuthor = {
  id: number;
  name: string;
  slug: string;
  bio: string;
  avatar: string | null;
  userId: string | null;
  accountEmail: string | null;
  articles: number;
};

export function listAuthorsForAdmin(): AdminAuthor[] {
  return db()
    .select({
      id: authors.id,
      name: authors.name,
      slug: authors.slug,
      bio: authors.bio,
      avatar: authors.avatar,
      userId: authors.userId,
      accountEmail: users.email,
      articles: sql<number>`(select count(*) from ${articles} where ${articles.authorId} = ${authors.id})`,
    })
    .from(authors)
    .leftJoin(users, eq(users.id, authors.userId))
    .orderBy(asc(authors.name), asc(authors.id))
    .all();
}

export function findAuthor(id: number): { id: number; name: string; slug: string } | undefined {
  return db().select({ id: authors.id, name: authors.name, slug: authors.slug }).from(authors).where(eq(authors.id, id)).get();
}

/** The account an email names (the users' unique email index), with its role. */
export function findAccountByEmail(email: string): { id: string; role: UserRole } | undefined {
  return db().select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email)).get();
}

/** Another author already linked to this account, if any. */
export function authorLinkedTo(userId: string, except: number | null): { name: string } | undefined {
  return db()
    .select({ name: authors.name })
    .from(authors)
    .where(except === null ? eq(authors.userId, userId) : and(eq(authors.userId, userId), ne(authors.id, except)))
    .get();
}

export type AuthorInput = { name: string; slug: string; bio: string; avatar: string | null; userId: string | null };

export function createAuthor(input: AuthorInput): { ok: true; id: number } | { ok: false } {
  try {
    return { ok: true, id: db().insert(authors).values(input).returning({ id: authors.id }).get().id };
  } catch (error) {
    if (uniqueViolation(error)) return { ok: false };
    throw error;
  }
}

export function updateAuthor(id: number, input: AuthorInput): { ok: true; changed: boolean } | { ok: false } {
  try {
    const result = db()
      .update(authors)
      .set(input)
      .where(
        and(
          eq(authors.id, id),
          sql`(${authors.name}, ${authors.slug}, ${authors.bio}, ${authors.avatar}, ${authors.userId}) is not (${input.name}, ${input.slug}, ${input.bio}, ${input.avatar}, ${input.userId})`,
        ),
      )
      .run();
    return { ok: true, changed: result.changes > 0 };
  } catch (error) {
    if (uniqueViolation(error)) return { ok: false };
    throw error;
  }
}

/** Deletes an author with no articles; otherwise says how many they have. */
export function deleteAuthor(id: number): { ok: true } | { ok: false; articles: number } {
  return db().transaction((tx) => {
    const { n } = tx.select({ n: sql<number>`count(*)` }).from(articles).where(eq(articles.authorId, id)).get()!;
    if (n > 0) return { ok: false as const, articles: n };
    tx.delete(authors).where(eq(authors.id, id)).run();
    return { ok: true as const };
  });
}

/** The published articles whose pages show this byline (articles_author_idx). */
export function articleIdsByAuthor(id: number): number[] {
  return db()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.authorId, id), eq(articles.status, 'published')))
    .limit(MAX_ARTICLE_PAGES_TO_EXPIRE)
    .all()
    .map((r) => r.id);
}
