import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles, comments, moderationLog, settings, users, type CommentStatus } from '@/db/schema';
import type { AccountUser } from '@/db/queries/users';
import { defaultModerationSettings, type ModerationSettings } from '@/lib/comments/settings';
import { useSeededDatabase } from './test-db';

// The real write path on a real (in-memory) SQLite database; only Next's cache and the session are stand-ins.
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidateTag: (tag: string) => revalidated.push(tag) }));
vi.mock('@/lib/auth/guards', async () => ({ can: (await import('@/lib/auth/roles')).can }));

const { deleteOwnComment, editOwnComment, messages, submitComment } = await import('@/lib/comments/submit');
const { moderateComments, replyAsModerator } = await import('@/lib/comments/moderate');
const { ban } = await import('@/lib/admin/users');
const { readModerationSettings, saveModerationSettings } = await import('@/db/queries/settings');
const { moderationOps } = await import('@/lib/comments/transitions');

let db: DB;
let articleId: number;
let author: AccountUser;
let stranger: AccountUser;
let moderator: AccountUser;
let admin: AccountUser;
const meta = { ip: '203.0.113.5', ipHash: null, userAgent: 'vitest' };

function addUser(name: string, role: AccountUser['role']): AccountUser {
  const row = db.insert(users).values({ name, email: `${role}-${Math.random()}@example.com`, role }).returning().get();
  return { id: row.id, name, email: row.email, role, bannedAt: null };
}

function addComment(status: CommentStatus, options: { body?: string; ageMs?: number; parentId?: number; by?: AccountUser } = {}) {
  return db
    .insert(comments)
    .values({
      articleId,
      userId: (options.by ?? author).id,
      parentId: options.parentId ?? null,
      body: options.body ?? `تعليق ${Math.random()}`,
      status,
      createdAt: new Date(Date.now() - (options.ageMs ?? 60_000)),
    })
    .returning({ id: comments.id })
    .get().id;
}

const row = (id: number) => db.select().from(comments).where(eq(comments.id, id)).get();
const storedCount = () => db.select({ n: articles.approvedCommentCount }).from(articles).where(eq(articles.id, articleId)).get()!.n;
const liveCount = () =>
  db.select({ n: count() }).from(comments).where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved'))).get()!.n;
/** Stores what the article's cached count should be now, as the write path would have. */
const syncCount = () => db.update(articles).set({ approvedCommentCount: liveCount() }).where(eq(articles.id, articleId)).run();
const logRows = () => db.select().from(moderationLog).all();
const setRules = (rules: Partial<ModerationSettings>) =>
  db
    .insert(settings)
    .values({ key: 'moderation', value: { ...defaultModerationSettings, ...rules }, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value: { ...defaultModerationSettings, ...rules } } })
    .run();

/** Makes one kind of statement fail, as a full disk or a bug would midway through a write. */
type Statement = 'recount' | 'log' | 'reply log';
function failOn(statement: Statement): () => void {
  const when = {
    recount: 'before update of approved_comment_count on articles',
    log: 'before insert on moderation_log',
    'reply log': "before insert on moderation_log when new.action = 'reply'",
  }[statement];
  db.run(sql.raw(`create trigger fail_midway ${when} begin select raise(abort, 'disk full'); end`));
  return () => db.run(sql.raw('drop trigger fail_midway'));
}

async function whileFailing<T>(statement: Statement, write: () => Promise<T>): Promise<void> {
  const restore = failOn(statement);
  try {
    await expect(write()).rejects.toThrow(/disk full/);
  } finally {
    restore();
  }
}

beforeAll(() => {
  db = useSeededDatabase();
  articleId = db.select({ id: articles.id }).from(articles).where(eq(articles.commentsOpen, true)).limit(1).get()!.id;
});

beforeEach(() => {
  db.delete(comments).run();
  db.delete(moderationLog).run();
  db.delete(settings).run();
  db.delete(users).run();
  db.update(articles).set({ approvedCommentCount: 0 }).run();
  author = addUser('كاتب', 'commenter');
  stranger = addUser('غريب', 'commenter');
  moderator = addUser('مشرف', 'moderator');
  admin = addUser('مدير', 'admin');
  revalidated.length = 0;
});

describe('an author’s edit passes the moderation rules again (finding 8)', () => {
  it('an approved "شكراً" turned into links leaves public view, the count drops, the author is told', async () => {
    const id = addComment('approved', { body: 'شكراً' });
    syncCount();
    const result = await editOwnComment(author, { id, body: 'عروض https://a.example و https://b.example' }, meta);
    expect(result).toEqual({ ok: true, body: 'عروض https://a.example و https://b.example', status: 'pending', message: messages.editHeld });
    expect(messages.editHeld).toBe('حُفظ التعديل، وسيظهر تعليقك للقرّاء بعد أن يراجعه المشرفون.');
    expect(row(id)).toMatchObject({ status: 'pending', body: 'عروض https://a.example و https://b.example' });
    expect(row(id)!.editedAt).toBeInstanceOf(Date);
    expect(storedCount()).toBe(0);
    expect(revalidated).toEqual([`comments:${articleId}`, `article:${articleId}`]);
  });

  it('a blocked phrase sends the edit to spam; its author hears only that it awaits review', async () => {
    setRules({ blocklist: ['ربح سريع'] });
    const id = addComment('approved', { body: 'شكراً' });
    syncCount();
    const result = await editOwnComment(author, { id, body: 'ربح سريع هنا' }, meta);
    expect(result).toMatchObject({ ok: true, status: 'pending', message: messages.editHeld });
    expect(row(id)).toMatchObject({ status: 'spam', previousStatus: null });
    expect(storedCount()).toBe(0);
  });

  it('the rules as saved now apply, the IP of the edit included', async () => {
    const id = addComment('approved', { body: 'شكراً' });
    syncCount();
    setRules({ moderationWords: ['مضلل'] });
    expect(await editOwnComment(author, { id, body: 'خبر مضلل' }, meta)).toMatchObject({ status: 'pending' });
    const other = addComment('approved', { body: 'مرحباً' });
    setRules({ blocklist: [meta.ip] });
    expect(await editOwnComment(author, { id: other, body: 'مرحباً بكم' }, meta)).toMatchObject({ status: 'pending' });
    expect(row(other)!.status).toBe('spam');
  });

  it('a harmless edit stays approved and only the text is refreshed for readers', async () => {
    const id = addComment('approved', { body: 'شكراً' });
    syncCount();
    expect(await editOwnComment(author, { id, body: 'شكراً جزيلاً' }, meta)).toEqual({ ok: true, body: 'شكراً جزيلاً', status: 'approved' });
    expect(row(id)!.status).toBe('approved');
    expect(storedCount()).toBe(1);
    expect(revalidated).toEqual([`comments:${articleId}`]);
  });

  it('an edit never releases a held comment', async () => {
    const id = addComment('pending', { body: 'فيه رابطان https://a.example https://b.example' });
    expect(await editOwnComment(author, { id, body: 'بلا روابط الآن' }, meta)).toMatchObject({ status: 'pending' });
    expect(row(id)!.status).toBe('pending');
    expect(revalidated).toEqual([]);
  });

  it('stores and checks the cleaned text: invisible characters do not hide a blocked word', async () => {
    setRules({ blocklist: ['كازينو'] });
    const id = addComment('approved', { body: 'شكراً' });
    const result = await editOwnComment(author, { id, body: 'زوروا كا\u200Bزي\u200Cنو' }, meta);
    expect(result).toMatchObject({ status: 'pending' });
    expect(row(id)).toMatchObject({ status: 'spam', body: 'زوروا كازينو' });
  });
});

describe('someone else’s comment answers as a missing one (finding 10)', () => {
  it('edit and delete: the same status and body as for an id that does not exist', async () => {
    const id = addComment('approved', { body: 'نص الكاتب' });
    const missingId = id + 1000;
    const editMissing = await editOwnComment(stranger, { id: missingId, body: 'تخريب' }, meta);
    const deleteMissing = await deleteOwnComment(stranger, missingId);
    expect(editMissing).toEqual({ ok: false, status: 404, message: messages.commentMissing, errors: undefined });
    expect(await editOwnComment(stranger, { id, body: 'تخريب' }, meta)).toEqual(editMissing);
    expect(await deleteOwnComment(stranger, id)).toEqual(deleteMissing);
    expect(deleteMissing).toEqual(editMissing);
    // Old, answered, spam or trashed: still "missing" to a stranger, who learns nothing from the reason.
    const old = addComment('approved', { ageMs: 11 * 60_000 });
    const answered = addComment('approved');
    addComment('approved', { parentId: answered, by: stranger });
    for (const other of [old, answered, addComment('spam'), addComment('trash')]) {
      expect(await editOwnComment(stranger, { id: other, body: 'تخريب' }, meta)).toEqual(editMissing);
      expect(await deleteOwnComment(stranger, other)).toEqual(deleteMissing);
    }
    expect(row(id)).toMatchObject({ body: 'نص الكاتب', status: 'approved' });
  });

  it('the author still hears why: the window has passed, or someone replied', async () => {
    const old = addComment('approved', { ageMs: 11 * 60_000 });
    expect(await editOwnComment(author, { id: old, body: 'متأخر' }, meta)).toMatchObject({ status: 403, message: messages.editWindow });
    const answered = addComment('approved');
    addComment('approved', { parentId: answered, by: stranger });
    expect(await deleteOwnComment(author, answered)).toMatchObject({ status: 409, message: messages.hasReplies });
  });
});

describe('atomic writes (finding 11): a failure midway leaves nothing behind', () => {
  it('a moderation move, its recount and its log row', async () => {
    const id = addComment('pending');
    await whileFailing('recount', () => moderateComments(moderator, 'approve', [id]));
    expect(row(id)!.status).toBe('pending');
    expect(logRows()).toEqual([]);
    await whileFailing('log', () => moderateComments(moderator, 'approve', [id]));
    expect(row(id)!.status).toBe('pending');
    expect(storedCount()).toBe(0);
  });

  it('the settings and their log row', async () => {
    const before = await readModerationSettings();
    await whileFailing('log', () => saveModerationSettings(admin.id, { ...before, manualApproval: true, blocklist: ['كازينو'] }));
    expect(await readModerationSettings()).toEqual(before);
    await saveModerationSettings(admin.id, { ...before, manualApproval: true });
    expect((await readModerationSettings()).manualApproval).toBe(true);
    expect(logRows()).toMatchObject([{ action: 'settings', targetType: 'settings', before: { manualApproval: false }, after: { manualApproval: true } }]);
  });

  it('a new visible comment and the count', async () => {
    addComment('approved', { ageMs: 3_600_000 });
    syncCount();
    await whileFailing('recount', () => submitComment(author, { articleId, body: 'تعليق جديد معتمد' }, meta));
    expect(db.select({ n: count() }).from(comments).get()!.n).toBe(1);
    expect(storedCount()).toBe(1);
  });

  it('an author’s edit (text, status, count) and an author’s deletion', async () => {
    const id = addComment('approved', { body: 'شكراً' });
    syncCount();
    await whileFailing('recount', () => editOwnComment(author, { id, body: 'https://a.example https://b.example' }, meta));
    expect(row(id)).toMatchObject({ body: 'شكراً', status: 'approved', editedAt: null });
    await whileFailing('recount', () => deleteOwnComment(author, id));
    expect(row(id)!.status).toBe('approved');
    expect(storedCount()).toBe(1);
  });

  it('a ban that hides the comments, with the counts and the log', async () => {
    const id = addComment('approved');
    syncCount();
    await whileFailing('recount', () => ban(admin, author.id, true));
    expect(db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, author.id)).get()!.bannedAt).toBeNull();
    expect(row(id)!.status).toBe('approved');
    expect(logRows()).toEqual([]);
  });

  it('approve-and-reply: the parent, the reply, their log rows and the count', async () => {
    const parent = addComment('pending');
    await whileFailing('reply log', () => replyAsModerator(moderator, parent, 'شكراً لملاحظتك'));
    expect(row(parent)!.status).toBe('pending');
    expect(db.select({ n: count() }).from(comments).get()!.n).toBe(1);
    expect(storedCount()).toBe(0);
    expect(await replyAsModerator(moderator, parent, 'شكراً لملاحظتك')).toMatchObject({ ok: true, approvedParent: true });
    expect(storedCount()).toBe(2);
    expect(logRows().map((l) => l.action).sort()).toEqual(['approve', 'reply']);
  });
});

describe('the stored count matches what readers see after every write (finding 11)', () => {
  it('through every moderation operation, post, edit, delete and ban', async () => {
    const statuses: CommentStatus[] = ['approved', 'pending', 'spam', 'trash'];
    const ids = statuses.flatMap((status) => [addComment(status), addComment(status)]);
    syncCount();
    const check = (step: string) => expect(storedCount(), step).toBe(liveCount());
    for (const op of moderationOps) {
      for (const pick of [ids.slice(0, 3), ids.slice(3, 6), ids.slice(5)]) {
        revalidated.length = 0;
        const before = liveCount();
        await moderateComments(moderator, op, pick);
        check(`${op} ${pick.join(',')}`);
        // Whatever changed the count also refreshed the cached article that carries it.
        if (liveCount() !== before) expect(revalidated, op).toContain(`article:${articleId}`);
      }
    }
    const posted = await submitComment(moderator, { articleId, body: 'رد المحرر' }, meta);
    check('post');
    const mine = addComment('approved', { body: 'شكراً' });
    syncCount();
    await editOwnComment(author, { id: mine, body: 'https://a.example https://b.example' }, meta);
    check('edit');
    await deleteOwnComment(moderator, (posted as { comment: { id: number } }).comment.id);
    check('delete');
    await moderateComments(moderator, 'approve', ids);
    await ban(admin, author.id, true);
    check('ban');
    expect(storedCount()).toBe(0);
  });
});
