import type { Page } from '@playwright/test';
import { expect, test } from './admin-fixtures';
import { e2eDatabase, ageUserComments, approveInDatabase } from './db';
import { linksIn, mailsTo, waitForMail } from './mail';
import { CommentsAdmin } from './pages/admin-pages';
import { CommentSection } from './pages/comment-section';
import { insertProbeArticle } from './xss-db';

const NOTIFY = 'أعلمني بالردود على تعليقي عبر البريد الإلكتروني';

function sql<T>(query: string, ...params: unknown[]): T | undefined {
  const db = e2eDatabase();
  try {
    return db.prepare(query).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

const commentIdOf = (body: string) => sql<{ id: number }>('select id from comments where body = ?', body)!.id;
const notifyOf = (id: number) => sql<{ n: number }>('select notify_replies as n from comments where id = ?', id)!.n;

async function postComment(page: Page, articleId: number, body: string, parentId?: number) {
  const response = await page.request.post('/api/comments', { data: { articleId, parentId, body } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { comment: { id: number; status: string } }).comment;
}

/** The moderator's reply fold; opened again if a click landed while the screen was still hydrating. */
async function staffReply(admin: CommentsAdmin, to: string, body: string) {
  const row = admin.row(to);
  const box = row.getByLabel(/^ردّك على/);
  await expect(async () => {
    if (!(await box.isVisible())) await row.locator('summary', { hasText: /^رد$/ }).click();
    await expect(box).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await box.fill(body);
  await row.getByRole('button', { name: 'نشر الرد' }).click();
}

/**
 * An article of the test's own: one picked from a section could be closed to comments meanwhile by another
 * spec (a moderator's switch). It is a year old, so it never heads the home page or a feed that another
 * spec compares (the rules spec's "close after N days" uses ten years).
 */
function ownArticle(name: string) {
  const run = `${name}-${Date.now()}`;
  return insertProbeArticle({ slug: `تنبيه-${run}`, title: `خبر لاختبار التنبيهات ${run}`, excerpt: 'مقتطف', body: 'نص الخبر.' });
}

/** Long enough for a message that was going to be written to have been (they go out in the background). */
const settle = (page: Page) => page.waitForTimeout(1500);

test('a commenter who asked is mailed each reply, follows it, and unsubscribes without signing in', async ({ as, staff, newCommenter, baseURL }) => {
  test.setTimeout(120_000);
  const [asker, replier] = [await newCommenter('سلمى'), await newCommenter('باسل')];
  const moderator = await as(staff.moderator);
  const article = ownArticle('notify');

  // The box on the article's form, ticked, travels with the comment.
  const reader = await as(asker);
  await reader.page.goto(article.path);
  const section = new CommentSection(reader.page);
  await section.reveal();
  const question = `هل من موعد لإطلاق الخدمة؟ ${Date.now()}`;
  await section.textarea.fill(question);
  await section.respond.getByLabel(NOTIFY).check();
  await section.submit.click();
  await expect(section.respond.locator('.form__status')).toHaveText('أُرسل تعليقك، وسيظهر للقرّاء بعد أن يراجعه المشرفون.');
  const questionId = commentIdOf(question);
  expect(notifyOf(questionId)).toBe(1);
  approveInDatabase([questionId]);

  // A newcomer's reply waits; the moderator's approval is what mails the asker.
  const other = await as(replier);
  const answer = `نعم، في الشهر القادم ${Date.now()}`;
  const reply = await postComment(other.page, article.id, answer, questionId);
  expect(reply.status).toBe('pending');
  await settle(other.page);
  expect(mailsTo(asker.email)).toHaveLength(0);
  const admin = new CommentsAdmin(moderator.page);
  await admin.open({ status: 'pending', article: article.id });
  await admin.act(answer, 'موافقة');
  await expect(admin.notice).toHaveText('تمت الموافقة على تعليق واحد.');

  const mail = await waitForMail(asker.email);
  expect(mail.subject).toMatch(/^ردّ جديد على تعليقك في «.+»$/);
  expect(mail.text).toContain(answer);
  expect(mail.text).toContain(replier.name);
  expect(mail.html).toContain('<html lang="ar" dir="rtl">');
  const oneClick = `${baseURL}/api/unsubscribe?c=${questionId}&s=`;
  expect(mail.headers['List-Unsubscribe']).toContain(`<${oneClick}`);
  expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  expect(mail.eml).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  // The link leads to the reply itself (opened in a fresh browser: the asker's tab is on that article already).
  const anonymous = await as(null);
  const [replyLink, pageLink] = linksIn(mail);
  expect(replyLink).toContain(`#comment-${reply.id}`);
  await anonymous.page.goto(replyLink!);
  await expect(anonymous.page.locator(`#comment-${reply.id}`)).toContainText(answer);

  // Unapproving and approving again does not mail twice; a moderator's own reply (published at once) does.
  await admin.open({ status: 'approved', article: article.id });
  await admin.act(answer, 'إلغاء الموافقة');
  await admin.open({ status: 'pending', article: article.id });
  await admin.act(answer, 'موافقة');
  const staffAnswer = `شكراً على السؤال ${Date.now()}`;
  await admin.open({ status: 'approved', article: article.id });
  await staffReply(admin, question, staffAnswer);
  await waitForMail(asker.email, (m) => m.text.includes(staffAnswer));
  expect(mailsTo(asker.email)).toHaveLength(2);
  expect(mailsTo(replier.email)).toHaveLength(0); // they did not ask

  // The unsubscribe page asks first (mail scanners open links), works signed out, and says it is done.
  expect(pageLink).toContain('/unsubscribe?c=');
  await anonymous.page.goto(pageLink!.replace(/s=[^&]+/, 's=forged'));
  await expect(anonymous.page.locator('main .form__message')).toHaveText('رابط إلغاء الاشتراك غير صالح أو منقوص. افتح الرابط كما وصلك في الرسالة.');
  await anonymous.page.goto(pageLink!);
  expect(notifyOf(questionId)).toBe(1);
  await anonymous.page.getByRole('button', { name: 'إيقاف رسائل الردود' }).click();
  await expect(anonymous.page.locator('main .form__message')).toHaveText('تم إلغاء الاشتراك. لن تصلك بعد الآن رسائل عن الردود على هذا التعليق.');
  expect(notifyOf(questionId)).toBe(0);

  const later = `ردّ بعد إلغاء الاشتراك ${Date.now()}`;
  await staffReply(admin, question, later);
  await expect(admin.row(later)).toBeVisible();
  await settle(moderator.page);
  expect(mailsTo(asker.email)).toHaveLength(2);
});

test('the List-Unsubscribe one-click POST needs no cookie and only a genuine signature', async ({ as, newCommenter, staff, playwright, baseURL }) => {
  const asker = await newCommenter('رامي');
  const moderator = await as(staff.moderator);
  const article = ownArticle('one-click');
  const reader = await as(asker);
  const question = `سؤال عن المباراة ${Date.now()}`;
  const { id } = await reader.page.request
    .post('/api/comments', { data: { articleId: article.id, body: question, notifyReplies: true } })
    .then((r) => r.json() as Promise<{ comment: { id: number } }>)
    .then((j) => j.comment);
  approveInDatabase([id]);
  await postComment(moderator.page, article.id, `الجواب ${Date.now()}`, id);
  const mail = await waitForMail(asker.email);
  const target = mail.headers['List-Unsubscribe']!.slice(1, -1);

  const mailClient = await playwright.request.newContext({ baseURL }); // no cookies, no Origin: a mail provider's server
  const forged = await mailClient.post(target.replace(/s=[^&]+/, 's=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(forged.status()).toBe(404);
  expect(notifyOf(id)).toBe(1);
  const done = await mailClient.post(target, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(done.status()).toBe(200);
  expect(await done.text()).toBe('أُلغي الاشتراك: لن تصلك رسائل عن الردود على هذا التعليق.');
  expect(notifyOf(id)).toBe(0);
  await mailClient.dispose();
});

test('moderators are told of waiting comments: one mail each, or a digest that a spam wave cannot multiply', async ({ as, staff, newCommenter }) => {
  test.setTimeout(120_000);
  const admin = await as(staff.admin);
  const save = async (choice: string, minutes?: string) => {
    await admin.page.goto('/admin/settings');
    await admin.page.getByLabel(choice).check();
    if (minutes) await admin.page.getByLabel('عدد الدقائق بين رسالتين').fill(minutes);
    await admin.page.getByRole('button', { name: 'حفظ الإعدادات' }).click();
    await expect(admin.page.locator('.admin-notice')).toHaveText('تم حفظ الإعدادات. تنطبق القواعد الجديدة على التعليقات القادمة.');
  };
  const article = ownArticle('digest');
  const stamp = Date.now();
  const [first, second, third] = [await newCommenter('أمل'), await newCommenter('نادر'), await newCommenter('ليلى')];
  const post = async (who: typeof first, body: string) => {
    const session = await as(who);
    ageUserComments(who.email, 60_000);
    expect((await postComment(session.page, article.id, body)).status).toBe('pending');
  };

  try {
    await save('رسالة عن كل تعليق ينتظر المراجعة');
    const one = `تعليق أول ينتظر ${stamp}`;
    await post(first, one);
    const each = await waitForMail(staff.moderator.email, (m) => m.text.includes(one));
    expect(each.subject).toMatch(/^تعليق بانتظار المراجعة على «.+»$/);
    expect(each.text).toContain(first.name);
    expect(each.text).toContain('/admin/comments?status=pending');

    // A digest at most hourly: the mail just sent starts the hour, so these two wait…
    await save('رسالة جامعة، مرة واحدة على الأكثر كل', '60');
    const two = `تعليق ثانٍ ينتظر ${stamp}`;
    const three = `تعليق ثالث ينتظر ${stamp}`;
    await post(second, two);
    await post(third, three);
    await settle(admin.page);
    expect(mailsTo(staff.moderator.email).filter((m) => m.text.includes(two) || m.text.includes(three))).toHaveLength(0);

    // …until the hour has passed (moved back in the database): the next one sends them all in one mail.
    const db = e2eDatabase();
    try {
      db.prepare("update settings set value = json_set(value, '$.lastSentAt', 0) where key = 'pending-notice'").run();
    } finally {
      db.close();
    }
    const four = `تعليق رابع ينتظر ${stamp}`;
    await post(first, four);
    const digest = await waitForMail(staff.moderator.email, (m) => m.text.includes(two));
    expect(digest.text).toContain(three);
    expect(digest.subject).toMatch(/بانتظار المراجعة$/);
    expect(mailsTo(staff.moderator.email).filter((m) => m.text.includes(two))).toHaveLength(1);
  } finally {
    await save('لا تُرسل رسائل (الافتراضي)');
  }
});
