import { expect, test } from './admin-fixtures';
import { commentState, insertComment, logEntries, userIdOf, userState } from './admin-db';
import { ageUserComments } from './db';
import { pickArticle } from './pages/admin-pages';
import { signIn } from './pages/auth-pages';
import { CommentSection } from './pages/comment-section';
import type { Page } from '@playwright/test';

const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function openUser(page: Page, email: string) {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.locator(`tr[data-user-email="${email.toLowerCase()}"]`);
  await expect(row).toBeVisible();
  return row;
}

/** Posts through the comment API, past the flood interval (the comments stored by the test are recent). */
function post(page: Page, articleId: number, body: string, email: string) {
  ageUserComments(email, 60_000);
  return page.request.post('/api/comments', { data: { articleId, body } });
}

test('a banned user cannot post, their comments can be hidden at once, and an unban lets them back', async ({ as, staff, newCommenter }) => {
  test.setTimeout(60_000);
  const author = await newCommenter('ماجد');
  const admin = await as(staff.admin);
  const article = await pickArticle(admin.page, 'politics', 0);
  const shown = unique('تعليق معتمد سيُخفى');
  const waiting = unique('تعليق منتظر سيُخفى');
  const shownId = insertComment({ articleId: article.id, email: author.email, body: shown, status: 'approved' });
  const waitingId = insertComment({ articleId: article.id, email: author.email, body: waiting, status: 'pending' });

  const reader = await as(null);
  await reader.page.goto(article.path);
  const seen = new CommentSection(reader.page);
  await expect(seen.comment(shown)).toBeVisible();

  const row = await openUser(admin.page, author.email);
  await row.getByLabel('إخفاء تعليقاته السابقة').check();
  await row.getByRole('button', { name: 'إيقاف' }).click();
  await expect(admin.page.locator('.admin-notice')).toHaveText(`تم إيقاف حساب ${author.name} ونقل تعليقاته إلى المهملات (تعليقان).`);
  await expect(admin.page.locator(`tr[data-user-email="${author.email.toLowerCase()}"]`)).toContainText('موقوف منذ');

  expect(commentState(shownId)).toMatchObject({ status: 'trash', previousStatus: 'approved' });
  expect(commentState(waitingId)).toMatchObject({ status: 'trash', previousStatus: 'pending' });
  await reader.page.reload();
  await expect(seen.comment(shown)).toHaveCount(0);

  // The ban ended the sign-in they had (finding 3): its cookie no longer signs anyone in.
  const stale = await as(author);
  const signedOut = await post(stale.page, article.id, unique('محاولة بالجلسة القديمة'), author.email);
  expect(signedOut.status()).toBe(403);
  expect((await signedOut.json()).message).toBe('يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.');
  // Signed in again, they are told they are banned: the write path reads the ban from the database.
  const writer = await as(null);
  await signIn(writer.page, author);
  const refused = await post(writer.page, article.id, unique('محاولة بعد الإيقاف'), author.email);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).message).toBe('حسابك موقوف عن المشاركة.');

  await (await openUser(admin.page, author.email)).getByRole('button', { name: 'رفع الإيقاف' }).click();
  await expect(admin.page.locator('.admin-notice')).toHaveText(`تم رفع الإيقاف عن ${author.name}.`);
  expect(userState(author.email).bannedAt).toBeNull();
  expect((await post(writer.page, article.id, unique('عدت للنقاش'), author.email)).status()).toBe(201);

  // The log: who, before and after.
  const entries = logEntries(userIdOf(author.email));
  expect(entries).toMatchObject([
    { action: 'ban', actorEmail: staff.admin.email.toLowerCase(), before: { banned: false }, after: { banned: true, hideComments: true } },
    { action: 'unban', before: { banned: true }, after: { banned: false } },
  ]);
  await admin.page.goto('/admin/log?action=ban');
  const logRow = admin.page.locator('tr[data-log-action="ban"]', { hasText: author.name }).first();
  await expect(logRow).toContainText(staff.admin.name);
  await expect(logRow).toContainText('نشط');
  await expect(logRow).toContainText('موقوف، مع إخفاء تعليقاته');
  await admin.page.goto('/admin/log?action=trash');
  await expect(admin.page.locator('tr[data-log-action="trash"]', { hasText: 'بسبب إيقاف الكاتب' }).first()).toBeVisible();
});

test('a role change takes effect on the next request, and an admin cannot demote or ban themselves', async ({ as, staff, newCommenter }) => {
  test.setTimeout(60_000);
  const member = await newCommenter('جود');
  const them = await as(member);
  await them.page.goto('/admin/comments');
  await expect(them.page.getByTestId('forbidden')).toBeVisible();

  const admin = await as(staff.admin);
  let row = await openUser(admin.page, member.email);
  await row.getByLabel(`دور ${member.name}`).selectOption({ label: 'مشرف' });
  await row.getByRole('button', { name: 'تغيير الدور' }).click();
  await expect(admin.page.locator('.admin-notice')).toHaveText(`أصبح ${member.name} مشرفاً.`);

  // A role change ends the member's sign-ins (finding 3); signed in again, they have the new role.
  await them.page.goto('/admin/comments');
  await expect(them.page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fcomments/);
  await signIn(them.page, member, '/admin/comments');
  await expect(them.page.getByRole('heading', { level: 1, name: 'التعليقات' })).toBeVisible();
  await expect(them.page.getByRole('navigation', { name: 'قائمة الإدارة' }).getByRole('link', { name: 'المستخدمون' })).toHaveCount(0);
  await them.page.goto('/admin/users');
  await expect(them.page.getByTestId('forbidden')).toBeVisible();

  row = await openUser(admin.page, member.email);
  await row.getByLabel(`دور ${member.name}`).selectOption({ label: 'معلّق' });
  await row.getByRole('button', { name: 'تغيير الدور' }).click();
  await expect(admin.page.locator('.admin-notice')).toHaveText(`أصبح ${member.name} معلّقاً.`);
  await them.page.goto('/admin/comments');
  await expect(them.page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fcomments/);
  await signIn(them.page, member, '/admin/comments');
  await expect(them.page.getByTestId('forbidden')).toBeVisible();

  expect(logEntries(userIdOf(member.email))).toMatchObject([
    { action: 'role', before: { role: 'commenter' }, after: { role: 'moderator' } },
    { action: 'role', before: { role: 'moderator' }, after: { role: 'commenter' } },
  ]);

  // Their own row offers no role or ban controls…
  const own = await openUser(admin.page, staff.admin.email);
  await expect(own).toContainText('(حسابك)');
  await expect(own.getByRole('button')).toHaveCount(0);
  // …and a forged form aimed at themselves is refused by the action.
  row = await openUser(admin.page, member.email);
  const adminId = userIdOf(staff.admin.email);
  await row.locator('input[name="id"]').first().evaluate((input, id) => ((input as HTMLInputElement).value = id), adminId);
  await row.getByLabel(`دور ${member.name}`).selectOption({ label: 'معلّق' });
  await row.getByRole('button', { name: 'تغيير الدور' }).click();
  await expect(admin.page.locator('.admin-notice')).toHaveText('لا يمكنك تغيير دورك بنفسك.');
  row = await openUser(admin.page, member.email);
  for (const input of await row.locator('input[name="id"]').all()) {
    await input.evaluate((el, id) => ((el as HTMLInputElement).value = id), adminId);
  }
  await row.getByRole('button', { name: 'إيقاف' }).click();
  await expect(admin.page.locator('.admin-notice')).toHaveText('لا يمكنك إيقاف حسابك.');
  expect(userState(staff.admin.email)).toEqual({ role: 'admin', bannedAt: null });
});
