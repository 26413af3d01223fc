import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '../index';
import { authors, sections, tags } from '../schema';

export type SectionLink = { id: number; slug: string; name: string };

export async function listSections(): Promise<SectionLink[]> {
  return db()
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id));
}

export async function findSectionBySlug(slug: string): Promise<SectionLink | null> {
  const [row] = await db()
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .where(eq(sections.slug, slug));
  return row ?? null;
}

export async function findTagBySlug(slug: string) {
  const [row] = await db().select().from(tags).where(eq(tags.slug, slug));
  return row ?? null;
}

export async function findAuthorBySlug(slug: string) {
  const [row] = await db()
    .select({ id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio })
    .from(authors)
    .where(eq(authors.slug, slug));
  return row ?? null;
}

export async function listTagSlugs(limit: number): Promise<string[]> {
  const rows = await db().select({ slug: tags.slug }).from(tags).limit(limit);
  return rows.map((r) => r.slug);
}

export async function listAuthorSlugs(): Promise<string[]> {
  const rows = await db().select({ slug: authors.slug }).from(authors);
  return rows.map((r) => r.slug);
}
