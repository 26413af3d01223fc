import { expect, test } from './admin-fixtures';
import { ageUserComments } from './db';
import { articleCommentsOpen, insertComment, insertOldArticle, moderationSettings } from './admin-db';
import { pickArticle } from './pages/admin-pages';
import type { Page } from '@playwright/test';

const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
/** A made-up Arabic word, so the rules added here catch nobody else's comments. */
const word = (prefix: string) =>
  prefix + Array.from({ length: 6 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join('');
const stretched = (w: string) => [...w].join('ـــ');
const diacritized = (w: string) => [...w].map((c) => `${c}\u064E`).join('');

async function saveSettings(page: Page, change: (page: Page) => Promise<void>) {
  await page.goto('/admin/settings');
  await change(page);
  await page.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(page.locator('.admin-notice')).toHaveText('تم حفظ الإعدادات. تنطبق القواعد الجديدة على التعليقات القادمة.');
}

async function append(page: Page, label: string, line: string) {
  const box = page.getByLabel(label, { exact: true });
  const current = await box.inputValue();
  await box.fill(current ? `${current}\n${line}` : line);
}

async function remove(page: Page, label: string, line: string) {
  const box = page.getByLabel(label, { exact: true });
  await box.fill((await box.inputValue()).split('\n').filter((l) => l !== line).join('\n'));
}

test('each moderation rule, set on the settings screen, decides the status of a new comment', async ({ as, staff, newCommenter }) => {
  test.setTimeout(120_000); // many steps, one after another: the rules are shared by every test
  const [regular, newcomer, spammer] = [await newCommenter('ريم'), await newCommenter('زائر جديد'), await newCommenter('مروّج')];
  const admin = await as(staff.admin);
  const article = await pickArticle(admin.page, 'variety', 0);
  insertComment({ articleId: article.id, email: regular.email, body: 'تعليق قديم معتمد', status: 'approved' });

  const writer = await as(regular);
  let n = 0;
  const post = async (page: Page, body: string, articleId = article.id) => {
    ageUserComments(regular.email, 60_000); // past the flood interval
    const response = await page.request.post('/api/comments', { data: { articleId, body: `${body} (${++n})` } });
    const json = (await response.json()) as { comment?: { status: string }; message?: string };
    return { code: response.status(), status: json.comment?.status, message: json.message };
  };

  const blocked = word('حظر');
  const held = word('مراجعة');
  await saveSettings(admin.page, async (page) => {
    await append(page, 'قائمة الحظر', blocked);
    await append(page, 'قائمة الحظر', spammer.email.toUpperCase());
    await append(page, 'كلمات تستدعي المراجعة', diacritized(held));
  });
  expect(moderationSettings()?.blocklist).toContain(blocked);

  // Blocklist → spam, even stretched with tatweel; moderation words → pending, even written plain
  // when the rule was typed with harakat.
  expect(await post(writer.page, `عرض خاص ${stretched(blocked)} اليوم`)).toMatchObject({ code: 201, status: 'spam' });
  expect(await post(writer.page, `رأيي أن ${held} واضح`)).toMatchObject({ code: 201, status: 'pending' });
  // Two links (the default) → pending; one is fine.
  expect(await post(writer.page, 'المصادر: https://a.example/1 و https://b.example/2')).toMatchObject({ status: 'pending' });
  expect(await post(writer.page, 'المصدر: https://www.example.com/news')).toMatchObject({ status: 'approved' });
  // A previously approved comment → approved; a newcomer's first comment waits.
  expect(await post(writer.page, 'تعليق عادي')).toMatchObject({ status: 'approved' });
  const fresh = await as(newcomer);
  const first = await fresh.page.request.post('/api/comments', { data: { articleId: article.id, body: 'أول تعليق لي هنا' } });
  expect(((await first.json()) as { comment: { status: string } }).comment.status).toBe('pending');
  // A blocked email → spam, whatever the comment says.
  const fromBlocked = await (await as(spammer)).page.request.post('/api/comments', { data: { articleId: article.id, body: 'تعليق بريء تماماً' } });
  expect(((await fromBlocked.json()) as { comment: { status: string } }).comment.status).toBe('spam');
  // Staff are approved whatever the rules say.
  const moderator = await as(staff.moderator);
  const staffPost = await moderator.page.request.post('/api/comments', { data: { articleId: article.id, body: `${blocked} ${held} من المشرف` } });
  expect(((await staffPost.json()) as { comment: { status: string } }).comment.status).toBe('approved');

  // Manual approval for everyone: on for one comment only (the setting is shared by every test).
  await saveSettings(admin.page, (page) => page.getByLabel(/كل تعليق ينتظر موافقة مشرف/).check());
  const manual = await post(writer.page, 'تعليق في وقت الموافقة اليدوية');
  await saveSettings(admin.page, (page) => page.getByLabel(/كل تعليق ينتظر موافقة مشرف/).uncheck());
  expect(manual).toMatchObject({ status: 'pending' });
  expect(moderationSettings()?.manualApproval).toBe(false);

  // Open/close per article: the reader's page says so on its next request, and posting is refused.
  await admin.page.goto(`/admin/comments?article=${article.id}`);
  await admin.page.getByRole('button', { name: /^إغلاق التعليقات/ }).click();
  await expect(admin.page.locator('.admin-notice').first()).toHaveText(/^أُغلقت التعليقات على «/);
  expect(articleCommentsOpen(article.id)).toBe(false);
  const reader = await as(null);
  await reader.page.goto(article.path);
  await expect(reader.page.locator('#comments')).toContainText('التعليقات مغلقة على هذا المقال.');
  expect(await post(writer.page, 'تعليق على مقال مغلق')).toMatchObject({ code: 403, message: 'التعليقات مغلقة على هذا المقال.' });
  await admin.page.getByRole('button', { name: /^فتح التعليقات/ }).click();
  await expect(admin.page.locator('.admin-notice').first()).toHaveText(/^فُتحت التعليقات على «/);
  expect(await post(writer.page, 'تعليق بعد فتح المقال')).toMatchObject({ code: 201 });

  // Close comments on articles older than N days: an article from twenty years ago, N = 3650.
  const old = insertOldArticle(`مقال-قديم-${Date.now()}`);
  await saveSettings(admin.page, async (page) => {
    await page.getByLabel(/إغلاق التعليقات على المقالات الأقدم من/).check();
    await page.getByLabel('عدد الأيام').fill('3650');
  });
  const closedByAge = await post(writer.page, 'تعليق على مقال قديم', old.id);
  await saveSettings(admin.page, (page) => page.getByLabel(/إغلاق التعليقات على المقالات الأقدم من/).uncheck());
  expect(closedByAge).toMatchObject({ code: 403, message: 'التعليقات مغلقة على هذا المقال.' });
  expect(await post(writer.page, 'تعليق آخر على المقال القديم', old.id)).toMatchObject({ code: 201 });

  // A bad value is refused beside its field, and nothing is saved.
  await admin.page.goto('/admin/settings');
  await admin.page.getByLabel('عدد الروابط الذي يستدعي المراجعة').fill('كثير');
  await admin.page.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(admin.page.locator('.admin-notice')).toHaveText('لم تُحفظ الإعدادات. صحّح الحقول المشار إليها.');
  await expect(admin.page.locator('#maxLinks-error')).toHaveText('اكتب عدد الروابط رقماً صحيحاً.');
  await expect(admin.page.getByLabel('عدد الروابط الذي يستدعي المراجعة')).toHaveValue('كثير');

  await saveSettings(admin.page, async (page) => {
    await remove(page, 'قائمة الحظر', blocked);
    await remove(page, 'قائمة الحظر', spammer.email.toUpperCase());
    await remove(page, 'كلمات تستدعي المراجعة', diacritized(held));
  });
  expect(moderationSettings()).toMatchObject({ maxLinks: 2, manualApproval: false, requirePriorApproval: true, closeAfterDays: null });
  expect(moderationSettings()?.blocklist).not.toContain(blocked);
});
