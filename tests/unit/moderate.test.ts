import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles, comments, moderationLog, users, type CommentStatus } from '@/db/schema';
import type { AccountUser } from '@/db/queries/users';
import { useSeededDatabase } from './test-db';

const revalidated = vi.hoisted(() => [] as number[]);
vi.mock('@/lib/comments/submit', () => ({ revalidateComments: (id: number) => revalidated.push(id) }));

const { emptyBin, editComment, moderateComments, replyAsModerator } = await import('@/lib/comments/moderate');
const { ban, setRole, unban } = await import('@/lib/admin/users');
const { transition } = await import('@/lib/comments/transitions');
const { latestCommentId } = await import('@/db/queries/admin-comments');

let db: DB;
let articleId: number;
let moderator: AccountUser;
let admin: AccountUser;
let author: AccountUser;

function addUser(name: string, role: AccountUser['role']): AccountUser {
  const [row] = db.insert(users).values({ name, email: `${name}@example.com`, role }).returning().all();
  return { id: row!.id, name, email: row!.email, role, bannedAt: null };
}

function addComment(status: CommentStatus, parentId: number | null = null, previousStatus: CommentStatus | null = null) {
  const [row] = db
    .insert(comments)
    .values({ articleId, parentId, userId: author.id, body: `تعليق ${Math.random()}`, status, previousStatus })
    .returning({ id: comments.id })
    .all();
  return row!.id;
}

const stateOf = (id: number) =>
  db.select({ status: comments.status, previousStatus: comments.previousStatus, parentId: comments.parentId }).from(comments).where(eq(comments.id, id)).get();
const approvedCount = () => db.select({ n: articles.approvedCommentCount }).from(articles).where(eq(articles.id, articleId)).get()!.n;
const logOf = (targetId: number | string) =>
  db.select().from(moderationLog).where(eq(moderationLog.targetId, String(targetId))).all();

beforeAll(() => {
  db = useSeededDatabase();
  articleId = db.select({ id: articles.id }).from(articles).limit(1).get()!.id;
});

beforeEach(() => {
  db.delete(comments).run();
  db.delete(moderationLog).run();
  db.delete(users).run();
  db.update(articles).set({ approvedCommentCount: 0 }).where(eq(articles.id, articleId)).run();
  moderator = addUser('مشرف', 'moderator');
  admin = addUser('مدير', 'admin');
  author = addUser('كاتب', 'commenter');
  revalidated.length = 0;
});

describe('transition', () => {
  const at = (status: CommentStatus, previousStatus: CommentStatus | null = null) => ({ status, previousStatus });

  it('approves only what waits and unapproves only what is approved', () => {
    expect(transition('approve', at('pending'))).toEqual({ kind: 'status', to: 'approved', previousStatus: null });
    expect(transition('approve', at('spam'))).toBeNull();
    expect(transition('unapprove', at('approved'))).toEqual({ kind: 'status', to: 'pending', previousStatus: null });
    expect(transition('unapprove', at('pending'))).toBeNull();
  });

  it('remembers the status before spam and trash, and goes back to it', () => {
    expect(transition('trash', at('approved'))).toEqual({ kind: 'status', to: 'trash', previousStatus: 'approved' });
    expect(transition('restore', at('trash', 'approved'))).toEqual({ kind: 'status', to: 'approved', previousStatus: null });
    expect(transition('restore', at('trash', 'spam'))).toMatchObject({ to: 'spam' });
    expect(transition('restore', at('trash', null))).toMatchObject({ to: 'pending' });
    expect(transition('spam', at('pending'))).toEqual({ kind: 'status', to: 'spam', previousStatus: 'pending' });
    expect(transition('notspam', at('spam', 'approved'))).toMatchObject({ to: 'approved' });
    // Caught by the blocklist: it never had another status, so it waits for a moderator.
    expect(transition('notspam', at('spam', null))).toMatchObject({ to: 'pending' });
  });

  it('spamming a trashed comment keeps what it was before the trash', () => {
    expect(transition('spam', at('trash', 'approved'))).toEqual({ kind: 'status', to: 'spam', previousStatus: 'approved' });
  });

  it('deletes for good only from spam and trash', () => {
    expect(transition('delete', at('spam'))).toEqual({ kind: 'delete' });
    expect(transition('delete', at('trash', 'pending'))).toEqual({ kind: 'delete' });
    expect(transition('delete', at('approved'))).toBeNull();
    expect(transition('delete', at('pending'))).toBeNull();
  });
});

describe('moderateComments', () => {
  it('approves: the comment becomes visible, the count is recounted, the article revalidated, the move logged', async () => {
    const id = addComment('pending');
    expect(await moderateComments(moderator, 'approve', [id])).toEqual({ changed: 1, skipped: 0, missing: 0 });
    expect(stateOf(id)?.status).toBe('approved');
    expect(approvedCount()).toBe(1);
    expect(revalidated).toEqual([articleId]);
    expect(logOf(id)).toMatchObject([{ actorId: moderator.id, action: 'approve', targetType: 'comment', before: { status: 'pending' }, after: { status: 'approved' } }]);
  });

  it('trash then restore brings a comment back to where it was', async () => {
    const id = addComment('approved');
    await moderateComments(moderator, 'trash', [id]);
    expect(stateOf(id)).toMatchObject({ status: 'trash', previousStatus: 'approved' });
    expect(approvedCount()).toBe(0);
    await moderateComments(moderator, 'restore', [id]);
    expect(stateOf(id)).toMatchObject({ status: 'approved', previousStatus: null });
    expect(approvedCount()).toBe(1);
    expect(logOf(id).map((l) => l.action)).toEqual(['trash', 'restore']);
  });

  it('does not revalidate readers’ pages when nothing they see changed', async () => {
    const id = addComment('pending');
    await moderateComments(moderator, 'spam', [id]);
    expect(revalidated).toEqual([]);
  });

  it('counts what did not apply and what does not exist, and changes nothing for them', async () => {
    const approved = addComment('approved');
    const pending = addComment('pending');
    expect(await moderateComments(moderator, 'approve', [approved, pending, 999_999, pending])).toEqual({ changed: 1, skipped: 1, missing: 1 });
    expect(logOf(approved)).toEqual([]);
  });

  it('deleting for good lifts the replies one level instead of orphaning them', async () => {
    const root = addComment('approved');
    const middle = addComment('trash', root, 'approved');
    const reply = addComment('approved', middle);
    const nested = addComment('approved', reply);
    await moderateComments(moderator, 'delete', [middle]);
    expect(stateOf(middle)).toBeUndefined();
    expect(stateOf(reply)?.parentId).toBe(root);
    expect(stateOf(nested)?.parentId).toBe(reply);
    expect(revalidated).toContain(articleId);
    expect(logOf(middle)).toMatchObject([{ action: 'delete', before: { status: 'trash' }, after: null }]);
  });

  it('deleting a chain at once hands each reply to its nearest surviving ancestor', async () => {
    const root = addComment('approved');
    const a = addComment('spam', root);
    const b = addComment('spam', a);
    const leaf = addComment('approved', b);
    await moderateComments(moderator, 'delete', [b, a]);
    expect(stateOf(leaf)?.parentId).toBe(root);
  });

  it('empties the spam, leaving the trash alone', async () => {
    const spam = [addComment('spam'), addComment('spam')];
    const trashed = addComment('trash', null, 'pending');
    expect(await emptyBin(moderator, 'spam', { upToId: Number.MAX_SAFE_INTEGER })).toBe(2);
    for (const id of spam) expect(stateOf(id)).toBeUndefined();
    expect(stateOf(trashed)?.status).toBe('trash');
  });

  it('empties only what the moderator could see: the filtered article, nothing newer than the page', async () => {
    const seen = addComment('trash', null, 'approved');
    const otherArticle = db.select({ id: articles.id }).from(articles).limit(1).offset(1).get()!.id;
    const elsewhere = db
      .insert(comments)
      .values({ articleId: otherArticle, userId: author.id, body: 'في مقال آخر', status: 'trash' })
      .returning({ id: comments.id })
      .get().id;
    const upToId = await latestCommentId();
    const arrivedLater = addComment('trash', null, 'approved');
    expect(await emptyBin(moderator, 'trash', { articleId, upToId })).toBe(1);
    expect(stateOf(seen)).toBeUndefined();
    expect(stateOf(arrivedLater)?.status).toBe('trash');
    expect(stateOf(elsewhere)?.status).toBe('trash');
  });
});

describe('editComment and replyAsModerator', () => {
  it('edits and logs the text before and after', async () => {
    const id = addComment('approved');
    const before = db.select({ body: comments.body }).from(comments).where(eq(comments.id, id)).get()!.body;
    expect(await editComment(moderator, id, 'نص مصحّح')).toEqual({ ok: true, changed: true });
    expect(logOf(id)).toMatchObject([{ action: 'edit', before: { body: before }, after: { body: 'نص مصحّح' } }]);
    expect(revalidated).toEqual([articleId]);
    expect(await editComment(moderator, 999_999, 'x')).toEqual({ ok: false, reason: 'missing' });
  });

  it('publishes a reply at once and approves the comment it answers', async () => {
    const parent = addComment('pending');
    const result = await replyAsModerator(moderator, parent, 'شكراً لملاحظتك');
    expect(result).toMatchObject({ ok: true, approvedParent: true });
    expect(stateOf(parent)?.status).toBe('approved');
    expect(stateOf((result as { id: number }).id)).toMatchObject({ status: 'approved', parentId: parent });
    expect(approvedCount()).toBe(2);
  });

  it('refuses to answer spam, the trash or a missing comment', async () => {
    expect(await replyAsModerator(moderator, addComment('spam'), 'رد')).toEqual({ ok: false, reason: 'unavailable' });
    expect(await replyAsModerator(moderator, addComment('trash', null, 'approved'), 'رد')).toEqual({ ok: false, reason: 'unavailable' });
    expect(await replyAsModerator(moderator, 999_999, 'رد')).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('users', () => {
  it('bans, hides approved and pending comments in the trash, logs it all, and unbans', async () => {
    const approved = addComment('approved');
    const pending = addComment('pending');
    const spam = addComment('spam');
    expect(await ban(admin, author.id, true)).toMatchObject({ ok: true });
    expect(db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, author.id)).get()?.bannedAt).toBeInstanceOf(Date);
    expect(stateOf(approved)).toMatchObject({ status: 'trash', previousStatus: 'approved' });
    expect(stateOf(pending)).toMatchObject({ status: 'trash', previousStatus: 'pending' });
    expect(stateOf(spam)?.status).toBe('spam');
    expect(approvedCount()).toBe(0);
    expect(revalidated).toEqual([articleId]);
    expect(logOf(author.id)).toMatchObject([{ action: 'ban', before: { banned: false }, after: { banned: true, hideComments: true } }]);
    expect(logOf(approved)).toMatchObject([{ action: 'trash', after: { status: 'trash', reason: 'ban' } }]);

    expect(await ban(admin, author.id, false)).toMatchObject({ ok: false });
    expect(await unban(admin, author.id)).toMatchObject({ ok: true });
    expect(await unban(admin, author.id)).toMatchObject({ ok: false });
  });

  it('bans without touching the comments unless asked', async () => {
    const approved = addComment('approved');
    await ban(admin, author.id, false);
    expect(stateOf(approved)?.status).toBe('approved');
  });

  it('changes a role with before and after in the log', async () => {
    expect(await setRole(admin, author.id, 'moderator')).toMatchObject({ ok: true });
    expect(logOf(author.id)).toMatchObject([{ action: 'role', before: { role: 'commenter' }, after: { role: 'moderator' } }]);
    expect(await setRole(admin, author.id, 'moderator')).toMatchObject({ ok: false });
  });

  it('never lets an admin demote or ban themselves', async () => {
    expect(await setRole(admin, admin.id, 'commenter')).toEqual({ ok: false, message: 'لا يمكنك تغيير دورك بنفسك.' });
    expect(await ban(admin, admin.id, true)).toEqual({ ok: false, message: 'لا يمكنك إيقاف حسابك.' });
    expect(await setRole(admin, 'no-such-user', 'admin')).toEqual({ ok: false, message: 'هذا المستخدم غير موجود.' });
  });
});
