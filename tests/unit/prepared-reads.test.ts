import { beforeAll, expect, it } from 'vitest';
import type { DB } from '@/db/client';
import { articles, articleTags, authors, sections, tags } from '@/db/schema';
import { addViews, findPublishedArticle, listLatestArticles, listSectionLatest } from '@/db/queries/articles';
import { listMostCommentedArticles, listMostReadArticles } from '@/db/queries/popular-articles';
import { listRelatedArticles } from '@/db/queries/related-articles';
import { useSeededDatabase } from './test-db';

// The hottest reads are prepared once per client (db/queries/prepared.ts): "now" is a value of each
// run, never the moment the statement was built, so what is published later shows.

let db: DB;

beforeAll(() => {
  db = useSeededDatabase();
});

it('an article published after the statements were built shows in the latest, its section, most commented and read, related articles and its page', async () => {
  const sectionId = db.select({ id: sections.id }).from(sections).limit(1).get()!.id;
  const authorId = db.select({ id: authors.id }).from(authors).limit(1).get()!.id;
  const tagId = db.insert(tags).values({ slug: 'prepared-lab', name: 'مختبر' }).returning().get().id;
  const subject = (await listSectionLatest(sectionId, 1))[0]!;
  db.insert(articleTags).values({ articleId: subject.id, tagId }).run();
  const subjectDetail = (await findPublishedArticle(subject.id))!;
  await Promise.all([
    listLatestArticles(3),
    listSectionLatest(sectionId, 3),
    listMostCommentedArticles(5, 7),
    listMostReadArticles(5, 7),
    listRelatedArticles(subjectDetail, 4),
  ]);
  await new Promise((r) => setTimeout(r, 20));
  const at = new Date();
  const { id } = db
    .insert(articles)
    .values({ slug: 'later', title: 'خبر نشر لاحقاً', body: 'نص', sectionId, authorId, status: 'published', publishedAt: at, updatedAt: at, approvedCommentCount: 500 })
    .returning()
    .get();
  expect((await listLatestArticles(1))[0]?.id).toBe(id);
  expect((await listSectionLatest(sectionId, 1))[0]?.id).toBe(id);
  expect((await listMostCommentedArticles(1, 7))[0]?.id).toBe(id);
  expect((await findPublishedArticle(id))?.title).toBe('خبر نشر لاحقاً');
  db.insert(articleTags).values({ articleId: id, tagId }).run();
  expect((await listRelatedArticles(subjectDetail, 100)).map((a) => a.id)).toContain(id);
  await addViews(new Map([[id, 10_000]]));
  expect((await listMostReadArticles(1, 7))[0]?.id).toBe(id);
});
