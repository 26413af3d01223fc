import { beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles, articleTags, authors, sections, tags } from '@/db/schema';
import { findPublishedArticle } from '@/db/queries/articles';
import { listRelatedArticles } from '@/db/queries/related-articles';
import { findSectionBySlug } from '@/db/queries/taxonomy';
import { useSeededDatabase } from './test-db';

// Its own database: the articles added here would change what other query tests see as newest.
let db: DB;

beforeAll(() => {
  db = useSeededDatabase();
});

it('related articles are those sharing the most tags, then the same section, newest first', async () => {
  // Tags and a section no seeded article has, so every other article scores nothing.
  const hour = 3_600_000;
  const now = Date.now();
  const authorId = db.select({ id: authors.id }).from(authors).limit(1).get()!.id;
  const otherSection = (await findSectionBySlug('sports'))!.id;
  const lab = db.insert(sections).values({ slug: 'related-lab', name: 'مختبر' }).returning().get().id;
  const tag = (slug: string) => db.insert(tags).values({ slug, name: slug }).returning().get().id;
  const [a, b, c] = [tag('related-a'), tag('related-b'), tag('related-c')];
  const add = (slug: string, sectionId: number, hoursAgo: number, tagIds: number[]) => {
    const at = new Date(now - hoursAgo * hour);
    const { id } = db
      .insert(articles)
      .values({ slug, title: slug, body: slug, sectionId, authorId, status: 'published', publishedAt: at, updatedAt: at })
      .returning()
      .get();
    for (const tagId of tagIds) db.insert(articleTags).values({ articleId: id, tagId }).run();
    return id;
  };
  const subject = add('subject', lab, 1, [a, b, c]);
  const bothTagsOld = add('both-tags-old', otherSection, 900, [a, b]);
  const oneTagSameSection = add('one-tag-same-section', lab, 800, [c]);
  const oneTagNewer = add('one-tag-newer', otherSection, 10, [b]);
  const oneTagOlder = add('one-tag-older', otherSection, 700, [a]);
  const sameSectionOnly = add('same-section-only', lab, 600, []);
  add('newest-unrelated', otherSection, 0.01, []);
  add('draft-with-all-tags', lab, 2, [a, b, c]);
  db.update(articles).set({ status: 'draft' }).where(eq(articles.slug, 'draft-with-all-tags')).run();

  const article = (await findPublishedArticle(subject))!;
  expect(article.tags.map((t) => t.slug).sort()).toEqual(['related-a', 'related-b', 'related-c']);
  const related = await listRelatedArticles(article, 5);
  expect(related.map((r) => r.id)).toEqual([bothTagsOld, oneTagSameSection, oneTagNewer, oneTagOlder, sameSectionOnly]);
});
