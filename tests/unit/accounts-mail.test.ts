import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { articles, comments, passwordResetTokens, sessions, settings, users } from '@/db/schema';
import { useSeededDatabase } from './test-db';

const sent: { to: string; subject: string; text: string }[] = [];
vi.mock('@/lib/mail/send', () => ({
  sendInBackground: (mail: unknown) => {
    for (const m of Array.isArray(mail) ? mail : [mail]) sent.push(m as (typeof sent)[number]);
  },
}));

process.env.AUTH_SECRET = 'unit-test-secret';

const { isCommonPassword } = await import('@/lib/auth/common-passwords');
const { passwordResetSchema, signUpSchema } = await import('@/lib/validation/auth');
const resets = await import('@/db/queries/password-resets');
const { claimReplyNotices } = await import('@/db/queries/reply-notices');
const { moderatorAddressesQuery, pendingInRangeQuery } = await import('@/db/queries/pending-notices');
const { runPendingNotices } = await import('@/lib/comments/pending-notices');
const { verifiedUnsubscribe, unsubscribeQuery } = await import('@/lib/mail/unsubscribe');
const { mailHtml, mailText } = await import('@/lib/mail/layout');

let db: DB;
let articleId: number;
const asker = { id: 'asker', name: 'سلمى', email: 'asker@example.com' };
const replier = { id: 'replier', name: 'باسل', email: 'replier@example.com' };
const moderator = { id: 'mod', name: 'مشرف', email: 'mod@example.com', role: 'moderator' as const };

beforeAll(() => {
  db = useSeededDatabase();
  db.insert(users).values([asker, replier, moderator]).run();
  articleId = db.select({ id: articles.id }).from(articles).limit(1).get()!.id;
});

beforeEach(() => {
  sent.length = 0;
});

const addComment = (userId: string, body: string, over: Partial<typeof comments.$inferInsert> = {}) =>
  db.insert(comments).values({ articleId, userId, body, status: 'approved', ...over }).returning({ id: comments.id }).get().id;

describe('password rules (OWASP ASVS 5)', () => {
  it('refuses the common list whatever the case, and accepts long passphrases', () => {
    expect(isCommonPassword('password123')).toBe(true);
    expect(isCommonPassword('PassWord123')).toBe(true);
    expect(isCommonPassword('عبارة مرور لا يتوقعها أحد')).toBe(false);
    const base = { name: 'قارئ', email: 'r@example.com' };
    expect(signUpSchema.safeParse({ ...base, password: 'QWERTYUIOP' }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: 'short' }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: 'ب'.repeat(100) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...base, password: 'x'.repeat(129) }).success).toBe(false);
  });
});

describe('password reset tokens', () => {
  it('are stored hashed, work once, end every session and stop the older links', () => {
    db.insert(sessions).values({ sessionToken: 's1', userId: asker.id, expires: new Date(Date.now() + 60_000) }).run();
    const first = resets.createResetToken(asker.id);
    const second = resets.createResetToken(asker.id);
    const stored = db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, asker.id)).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(second);
    expect(passwordResetSchema.safeParse({ token: second, newPassword: 'عبارة مرور جديدة' }).success).toBe(true);
    expect(resets.isResetTokenLive(first)).toBe(false);
    expect(resets.isResetTokenLive(second)).toBe(true);

    expect(resets.resetPasswordWithToken(second, 'new-hash')).toEqual({ userId: asker.id });
    expect(db.select().from(sessions).where(eq(sessions.userId, asker.id)).all()).toHaveLength(0);
    expect(db.select({ h: users.passwordHash }).from(users).where(eq(users.id, asker.id)).get()!.h).toBe('new-hash');
    expect(resets.resetPasswordWithToken(second, 'again')).toBeNull();
  });

  it('expire after an hour', () => {
    const token = resets.createResetToken(replier.id, Date.now() - resets.RESET_TTL_MS - 1);
    expect(resets.isResetTokenLive(token)).toBe(false);
    expect(resets.resetPasswordWithToken(token, 'late')).toBeNull();
  });
});

describe('reply notices', () => {
  it('mail the subscribed author once per reply, never for their own reply or an unsubscribed comment', () => {
    const asked = addComment(asker.id, 'سؤال', { notifyReplies: true });
    const quiet = addComment(asker.id, 'تعليق بلا اشتراك');
    const reply = addComment(replier.id, 'جواب', { parentId: asked });
    const own = addComment(asker.id, 'أضيف', { parentId: asked });
    const other = addComment(replier.id, 'جواب آخر', { parentId: quiet });
    const waiting = addComment(replier.id, 'ينتظر', { parentId: asked, status: 'pending' });

    const notices = claimReplyNotices([reply, own, other, waiting]);
    expect(notices.map((n) => [n.replyId, n.to.email, n.replyAuthor])).toEqual([[reply, asker.email, replier.name]]);
    expect(claimReplyNotices([reply])).toEqual([]);
    db.update(comments).set({ status: 'approved' }).where(eq(comments.id, waiting)).run();
    expect(claimReplyNotices([waiting]).map((n) => n.replyId)).toEqual([waiting]);
  });

  it('unsubscribe links are signed per comment', () => {
    const [c, s] = unsubscribeQuery(42).split('&').map((p) => p.split('=')[1]);
    expect(verifiedUnsubscribe(c, s)).toBe(42);
    expect(verifiedUnsubscribe('43', s)).toBeNull();
    expect(verifiedUnsubscribe(c, `${s!.slice(0, -1)}A`)).toBeNull();
    expect(verifiedUnsubscribe('42', undefined)).toBeNull();
  });
});

describe('moderators’ notices of waiting comments', () => {
  const setMode = (pendingNotice: string, pendingDigestMinutes = 60) =>
    db
      .insert(settings)
      .values({ key: 'moderation', value: { pendingNotice, pendingDigestMinutes }, updatedAt: new Date() })
      .onConflictDoUpdate({ target: settings.key, set: { value: { pendingNotice, pendingDigestMinutes } } })
      .run();

  it('off skips the backlog; each mails at once; a digest holds the rest of a wave for its interval', async () => {
    setMode('off');
    addComment(replier.id, 'قديم ينتظر', { status: 'pending' });
    expect(await runPendingNotices()).toBe(0);

    setMode('each');
    expect(await runPendingNotices()).toBe(0); // the comment from before is not mailed after switching on
    addComment(replier.id, 'الأول', { status: 'pending' });
    expect(await runPendingNotices()).toBe(1);
    expect(sent.map((m) => m.to)).toEqual([moderator.email]);
    expect(sent[0]!.text).toContain('الأول');

    setMode('digest', 60);
    const t0 = Date.now();
    addComment(replier.id, 'الثاني', { status: 'pending' });
    addComment(replier.id, 'الثالث', { status: 'pending' });
    expect(await runPendingNotices(t0)).toBe(0); // within the hour of the last mail
    expect(await runPendingNotices(t0 + 61 * 60_000)).toBe(1);
    expect(sent.at(-1)!.subject).toBe('تعليقان بانتظار المراجعة');
    expect(sent.at(-1)!.text).toContain('الثاني');
    expect(sent.at(-1)!.text).toContain('الثالث');
    expect(await runPendingNotices(t0 + 62 * 60_000)).toBe(0); // nothing new
  });

  const plan = (query: { getSQL(): ReturnType<typeof sql> }) =>
    db
      .all<{ detail: string }>(sql`explain query plan ${query.getSQL()}`)
      .map((r) => r.detail)
      .join(' | ');

  it('read only new comments and the staff, never a whole table', () => {
    const pending = plan(pendingInRangeQuery(db, 10, 20, 10));
    expect(pending).toMatch(/SEARCH comments USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
    expect(pending).not.toMatch(/SCAN (comments|users|articles)\b/);
    const staff = plan(moderatorAddressesQuery(db));
    expect(staff).toMatch(/SEARCH users USING INDEX users_role_idx \(role=\?\)/);
  });
});

describe('mail layout', () => {
  it('is right to left, escapes what users wrote, and has a plain-text twin', () => {
    const blocks = [{ quote: '<script>x</script>' }, { button: { label: 'افتح', href: 'http://localhost:3000/a?b=1&c=2' } }];
    const html = mailHtml('عنوان', blocks);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="http://localhost:3000/a?b=1&amp;c=2"');
    expect(mailText('عنوان', blocks)).toContain('افتح:\nhttp://localhost:3000/a?b=1&c=2');
  });
});
