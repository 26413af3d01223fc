import { eq } from 'drizzle-orm';
import { slugify } from '@/lib/arabic/slugify';
import type { DB } from './client';
import { dayNumber } from '@/lib/views/view-days';
import { articles, articleTags, articleViewsDaily, authors, sections, tags } from './schema';
import { sections as seedSections } from './seed-data/sections';
import { authors as seedAuthors } from './seed-data/authors';
import { articles as seedArticles } from './seed-data/articles';

export type SeedReport = { sections: number; authors: number; tags: number; articles: number };

/** Adds whatever seed rows are missing; running it again changes nothing. */
export function seedDatabase(db: DB, now = Date.now()): SeedReport {
  const report: SeedReport = { sections: 0, authors: 0, tags: 0, articles: 0 };
  db.transaction((tx) => {
    const sectionIds = new Map<string, number>();
    for (const s of seedSections) {
      const existing = tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, s.slug)).get();
      const id = existing?.id ?? tx.insert(sections).values(s).returning({ id: sections.id }).get().id;
      if (!existing) report.sections++;
      sectionIds.set(s.slug, id);
    }

    const authorIds = new Map<string, number>();
    for (const a of seedAuthors) {
      const existing = tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, a.slug)).get();
      const id = existing?.id ?? tx.insert(authors).values(a).returning({ id: authors.id }).get().id;
      if (!existing) report.authors++;
      authorIds.set(a.slug, id);
    }

    const tagIds = new Map<string, number>();
    const tagId = (name: string): number => {
      const known = tagIds.get(name);
      if (known) return known;
      const slug = slugify(name);
      const existing = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get();
      const id = existing?.id ?? tx.insert(tags).values({ slug, name }).returning({ id: tags.id }).get().id;
      if (!existing) report.tags++;
      tagIds.set(name, id);
      return id;
    };

    for (const a of seedArticles) {
      const slug = slugify(a.title);
      const existing = tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get();
      if (existing) continue;
      const sectionId = sectionIds.get(a.section);
      const authorId = authorIds.get(a.author);
      if (!sectionId || !authorId) throw new Error(`Seed article "${a.title}" names an unknown section or author`);
      const publishedAt = new Date(now - a.hoursAgo * 3_600_000);
      const { id } = tx
        .insert(articles)
        .values({
          slug,
          title: a.title,
          excerpt: a.excerpt,
          body: a.paragraphs.join('\n\n'),
          sectionId,
          authorId,
          status: 'published',
          publishedAt,
          updatedAt: publishedAt,
          viewCount: a.views,
        })
        .returning({ id: articles.id })
        .get();
      // The seed's views count as read on the day of publication ("most read" this week).
      if (a.views > 0) tx.insert(articleViewsDaily).values({ articleId: id, day: dayNumber(publishedAt), views: a.views }).run();
      for (const name of new Set(a.tags)) {
        tx.insert(articleTags).values({ articleId: id, tagId: tagId(name) }).run();
      }
      report.articles++;
    }
  });
  return report;
}
