import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { deleteAutosave, findAutosave, putAutosave } from '@/db/queries/article-autosaves';
import { createArticle, findArticleForEdit, findOwnAuthor, updateArticle, type ArticleWrite } from '@/db/queries/article-edit';
import { findRevision, listRevisions, restoreRevision } from '@/db/queries/article-revisions';
import {
  countArticlesByStatus,
  deleteArticle,
  findArticleForModeration,
  findArticleTrace,
  listNewsroomArticles,
  setArticleCommentsOpen,
  setArticleStatus,
} from '@/db/queries/articles-admin';
import { articleRevisions, authors, moderationLog, sections, tags, users } from '@/db/schema';
import { useSeededDatabase } from './test-db';

let db: DB;
let sectionId: number;
const writer = { id: 'writer-1', name: 'سلمى الكاتبة' };
const editor = { id: 'editor-1', name: 'رئيس التحرير' };
const other = { id: 'writer-2', name: 'كاتب آخر' };

function input(over: Partial<ArticleWrite> = {}): ArticleWrite {
  return {
    title: 'عنوان تجريبي',
    excerpt: 'ملخص',
    slug: 'عنوان-تجريبي',
    body: 'نص المقال',
    bodyJson: '{"type":"doc","content":[]}',
    bodyHtml: '<p>نص المقال</p>',
    renderVersion: 1,
    mediaIds: [],
    coverMediaId: null,
    coverAlt: '',
    coverCaption: '',
    sectionId,
    authorId: null,
    tagNames: ['اقتصاد', 'وسم جديد تماماً'],
    status: 'draft',
    publishedAt: null,
    commentsOpen: true,
    ...over,
  };
}

beforeAll(() => {
  db = useSeededDatabase();
  db.insert(users).values([
    { id: writer.id, name: writer.name, email: 'w1@example.com', role: 'writer' },
    { id: editor.id, name: editor.name, email: 'e1@example.com', role: 'editor' },
    { id: other.id, name: other.name, email: 'w2@example.com', role: 'writer' },
  ]).run();
  sectionId = db.select({ id: sections.id }).from(sections).limit(1).get()!.id;
});

describe('creating and saving', () => {
  it('a writer’s first article creates their author row, its new tags and a first revision', async () => {
    const created = createArticle(writer, input(), 'save');
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const own = await findOwnAuthor(writer.id);
    expect(own?.name).toBe(writer.name);
    const article = (await findArticleForEdit(created.id))!;
    expect(article).toMatchObject({ title: 'عنوان تجريبي', version: 1, createdBy: writer.id, authorId: own!.id, status: 'draft' });
    expect(article.tags.map((t) => t.name).sort()).toEqual(['اقتصاد', 'وسم جديد تماماً'].sort());
    expect(db.select().from(tags).where(eq(tags.name, 'وسم جديد تماماً')).get()?.slug).toBe('وسم-جديد-تماما');
    const revisions = await listRevisions(created.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, kind: 'save', authorName: writer.name });
    // A second article reuses the same author row.
    const again = createArticle(writer, input({ title: 'ثان' }), 'save');
    expect(again.ok && (await findArticleForEdit(again.id))!.authorId).toBe(own!.id);
    expect(db.select().from(authors).where(eq(authors.userId, writer.id)).all()).toHaveLength(1);
  });

  it('an unknown section or author is refused and nothing is written', () => {
    expect(createArticle(editor, input({ sectionId: 999_999 }), 'save')).toEqual({ ok: false, reason: 'section' });
    expect(createArticle(editor, input({ authorId: 999_999 }), 'save')).toEqual({ ok: false, reason: 'author' });
  });

  it('saves with the optimistic lock: the second save from the same version is a conflict kept as a revision', async () => {
    const created = createArticle(writer, input(), 'save');
    if (!created.ok) throw new Error('not created');
    await putAutosave({ articleId: created.id, userId: editor.id, baseVersion: 1, title: 't', excerpt: '', bodyJson: '{}' });
    const first = updateArticle(editor, created.id, 1, input({ title: 'تعديل المحرر الأول', tagNames: ['اقتصاد'] }), 'save');
    expect(first).toMatchObject({ ok: true, version: 2 });
    if (!first.ok) return;
    expect(first.before.tagIds).toHaveLength(2);
    expect(first.after.tagIds).toHaveLength(1);
    // The saver's own autosave is gone with the save.
    expect(await findAutosave(created.id, editor.id)).toBeNull();

    const second = updateArticle(other, created.id, 1, input({ title: 'تعديل المحرر الثاني' }), 'save');
    expect(second).toEqual({ ok: false, reason: 'conflict', currentVersion: 2 });
    const article = (await findArticleForEdit(created.id))!;
    expect(article.title).toBe('تعديل المحرر الأول');
    expect(article.version).toBe(2);
    const conflict = db
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, created.id), eq(articleRevisions.kind, 'conflict')))
      .get();
    expect(conflict).toMatchObject({ title: 'تعديل المحرر الثاني', createdBy: other.id, version: 2 });
  });

  it('publishing through a save is logged; restoring a revision makes a new version and revision', async () => {
    const created = createArticle(writer, input({ title: 'النسخة الأولى' }), 'save');
    if (!created.ok) throw new Error('not created');
    const saved = updateArticle(editor, created.id, 1, input({ title: 'النسخة المنشورة', status: 'published', publishedAt: new Date() }), 'publish');
    expect(saved.ok).toBe(true);
    const log = db.select().from(moderationLog).where(and(eq(moderationLog.targetType, 'article'), eq(moderationLog.targetId, String(created.id)))).all();
    expect(log.map((l) => l.action)).toEqual(['publish']);

    const [, first] = await listRevisions(created.id);
    expect(first).toMatchObject({ version: 1, title: 'النسخة الأولى' });
    const revision = (await findRevision(created.id, first!.id))!;
    expect(restoreRevision(editor.id, revision, 1, [], null)).toEqual({ ok: false, reason: 'conflict' });
    expect(restoreRevision(editor.id, revision, 2, [], null)).toEqual({ ok: true, version: 3 });
    const article = (await findArticleForEdit(created.id))!;
    expect(article).toMatchObject({ title: 'النسخة الأولى', version: 3, status: 'published' });
    const revisions = await listRevisions(created.id);
    expect(revisions.map((r) => r.kind)).toEqual(['restore', 'publish', 'save']);
  });
});

describe('autosaves', () => {
  it('one row per article and person, overwritten', async () => {
    const created = createArticle(writer, input(), 'save');
    if (!created.ok) throw new Error('not created');
    await putAutosave({ articleId: created.id, userId: writer.id, baseVersion: 1, title: 'أ', excerpt: '', bodyJson: '{}' });
    await putAutosave({ articleId: created.id, userId: writer.id, baseVersion: 1, title: 'ب', excerpt: '', bodyJson: '{}' });
    expect((await findAutosave(created.id, writer.id))?.title).toBe('ب');
    expect(await findAutosave(created.id, editor.id)).toBeNull();
    await deleteAutosave(created.id, writer.id);
    expect(await findAutosave(created.id, writer.id)).toBeNull();
  });
});

describe('the list, row actions and the comments switch', () => {
  it('counts and lists by status; a writer’s scope is their own articles', async () => {
    const mine = await countArticlesByStatus({ createdBy: other.id });
    const created = createArticle(other, input({ title: 'مسودة كاتب آخر فريدة', status: 'review' }), 'save');
    if (!created.ok) throw new Error('not created');
    const after = await countArticlesByStatus({ createdBy: other.id });
    expect(after.review).toBe(mine.review + 1);
    const all = await countArticlesByStatus({});
    expect(all.published).toBeGreaterThanOrEqual(40);
    const found = await listNewsroomArticles({ status: 'review', q: 'فريدة' }, 1, 20);
    expect(found.items.map((a) => a.id)).toEqual([created.id]);
    expect(found.items[0]).toMatchObject({ authorName: other.name, sectionName: expect.any(String) });
    expect((await listNewsroomArticles({ status: 'review', createdBy: writer.id, q: 'فريدة' }, 1, 20)).items).toHaveLength(0);
    const page2 = await listNewsroomArticles({ status: 'published' }, 2, 20);
    expect(page2.items).toHaveLength(20);
    expect(page2.pageCount).toBe(Math.ceil(all.published / 20));
  });

  it('publishes, unpublishes (only from the status the screen saw) and deletes, each logged', async () => {
    const created = createArticle(writer, input({ status: 'review' }), 'save');
    if (!created.ok) throw new Error('not created');
    const trace = (await findArticleTrace(created.id))!;
    expect(setArticleStatus(editor.id, trace, 'published', new Date())).toBe(true);
    expect(setArticleStatus(editor.id, trace, 'published', new Date())).toBe(false);
    const published = (await findArticleTrace(created.id))!;
    expect(published.status).toBe('published');
    expect((await findArticleForEdit(created.id))!.version).toBe(2);
    expect((await listRevisions(created.id))[0]).toMatchObject({ kind: 'publish', version: 2 });
    expect(setArticleStatus(editor.id, published, 'draft', published.publishedAt)).toBe(true);
    expect(deleteArticle(editor.id, published)).toBe(true);
    expect(await findArticleTrace(created.id)).toBeNull();
    const log = db.select().from(moderationLog).where(eq(moderationLog.targetId, String(created.id))).all();
    expect(log.map((l) => l.action)).toEqual(['publish', 'unpublish', 'delete']);
  });

  it('keeps the moderators’ comments switch working', async () => {
    const { items: [first] } = await listNewsroomArticles({ status: 'published' }, 1, 1);
    const article = (await findArticleForModeration(first!.id))!;
    expect(await setArticleCommentsOpen(editor.id, article.id, !article.commentsOpen)).toBe(true);
    expect(await setArticleCommentsOpen(editor.id, article.id, !article.commentsOpen)).toBe(false);
    expect(await setArticleCommentsOpen(editor.id, article.id, article.commentsOpen)).toBe(true);
  });
});

describe('the list’s queries use indexes', () => {
  const plan = (query: string) =>
    db
      .all<{ detail: string }>(sql.raw(`explain query plan ${query}`))
      .map((r) => r.detail)
      .join(' | ');

  it.each([
    ['status', "select count(*) from articles where status = 'draft'", 'articles_status_updated_idx'],
    ['own', "select count(*) from articles where status = 'draft' and created_by = 'x'", 'articles_created_by_idx'],
    ['section', "select count(*) from articles where status = 'draft' and section_id = 1", 'articles_section_idx'],
    ['author', "select count(*) from articles where status = 'draft' and author_id = 1", 'articles_author_idx'],
    ['list', "select id from articles where status = 'review' order by updated_at desc, id desc limit 20", 'articles_status_updated_idx'],
    ['own list', "select id from articles where status = 'review' and created_by = 'x' order by updated_at desc limit 20", 'articles_created_by_idx'],
  ])('%s', (_name, query, index) => {
    const detail = plan(query);
    expect(detail).toContain(index);
    expect(detail).not.toMatch(/SCAN articles(?! USING)/);
  });
});
