import type { Page } from '@playwright/test';
import { slugify } from '../lib/arabic/slugify';
import { expect, test } from './admin-fixtures';
import { insertUser, userState } from './admin-db';
import { authorBySlug, insertPublishedArticle, insertTag, sectionBySlug, tagBySlug, tagIdsOf } from './newsroom-db';
import { signIn } from './pages/auth-pages';

// The newsroom's own screens: sections, tags and authors, roles on the users screen, the home page per role.

const stamp = () => Math.random().toString(36).slice(2, 7);
const notice = (page: Page) => page.locator('.admin-notice').first();

test('an editor adds, renames, reorders and deletes sections; readers see the menu change at once', async ({ as, staff }) => {
  const { page } = await as(staff.editor);
  const name = `تحقيقات خاصة ${stamp()}`;
  const slug = slugify(name);
  await page.goto('/admin/sections');
  const form = page.getByRole('region', { name: 'قسم جديد' });
  await form.getByLabel('الاسم').fill(name);
  await form.getByRole('button', { name: 'إضافة القسم' }).click();
  await expect(notice(page)).toHaveText(`أُضيف القسم «${name}».`);
  expect(sectionBySlug(slug)?.name).toBe(name);
  const row = page.locator(`tr[data-section-slug="${slug}"]`);
  await expect(row).toContainText(name);

  // The same slug again: refused in Arabic, what was typed is still there.
  const twin = `قسم آخر ${stamp()}`;
  await form.getByLabel('الاسم').fill(twin);
  await form.getByLabel('المعرّف في الرابط').fill(slug);
  await form.getByRole('button', { name: 'إضافة القسم' }).click();
  await expect(notice(page)).toHaveText('هذا المعرّف مستخدم في الرابط لعنصر آخر. اختر معرّفاً غيره.');
  await expect(form.getByLabel('الاسم')).toHaveValue(twin);
  await expect(form.locator('.field__error')).toHaveText('هذا المعرّف مستخدم في الرابط لعنصر آخر. اختر معرّفاً غيره.');

  // The reader's menu, cached, then renamed from the screen.
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'الأقسام' });
  await expect(menu.getByRole('link', { name })).toBeVisible();
  await page.goto('/admin/sections');
  await row.locator('summary', { hasText: /^تعديل$/ }).click();
  const renamed = `${name} المحدّثة`;
  await row.getByLabel('الاسم').fill(renamed);
  await row.getByRole('button', { name: 'حفظ القسم' }).click();
  await expect(notice(page)).toHaveText(`حُفظ القسم «${renamed}».`);
  await page.goto('/');
  await expect(menu.getByRole('link', { name: renamed })).toBeVisible();

  // Up the menu by one.
  await page.goto('/admin/sections');
  const before = sectionBySlug(slug)!.position;
  await row.getByRole('button', { name: /^تقديم/ }).click();
  await expect(notice(page)).toHaveText(`تغيّر موضع القسم «${renamed}» في القائمة.`);
  expect(sectionBySlug(slug)!.position).toBeLessThan(before);

  // Not while it holds articles; then it goes.
  const article = insertPublishedArticle(`مقال في القسم ${stamp()}`, sectionBySlug(slug)!.id);
  await page.goto('/admin/sections');
  await row.locator('summary', { hasText: /^حذف$/ }).click();
  await row.getByRole('button', { name: /^نعم، احذف/ }).click();
  await expect(notice(page)).toHaveText(`لا يمكن حذف القسم «${renamed}» لأنّ فيه مقالاً واحداً. انقلها إلى قسم آخر أولاً.`);
  expect(sectionBySlug(slug)).toBeDefined();
  expect(article).toBeGreaterThan(0);
});

test('an editor searches, renames, merges and deletes tags; the counts follow', async ({ as, staff }) => {
  const { page } = await as(staff.editor);
  const s = stamp();
  const from = insertTag(`انتخابات بلدية ${s}`, `elections-${s}`);
  const into = insertTag(`الانتخابات ${s}`, `the-elections-${s}`);
  const articleA = insertPublishedArticle(`مقال الانتخابات الأول ${s}`, 1, [from.id]);
  const articleB = insertPublishedArticle(`مقال الانتخابات الثاني ${s}`, 1, [from.id, into.id]);

  await page.goto(`/admin/tags?q=${encodeURIComponent(s)}`);
  const fromRow = page.locator(`tr[data-tag-slug="${from.slug}"]`);
  await expect(fromRow.locator('td[data-label="المقالات"]')).toHaveText('٢');
  await expect(page.locator('tbody tr')).toHaveCount(2);

  // A name another tag has is refused; the typed text stays.
  await fromRow.locator('summary', { hasText: /^تعديل$/ }).click();
  await fromRow.getByLabel('الاسم').fill(into.name);
  await fromRow.getByRole('button', { name: 'حفظ الوسم' }).click();
  await expect(notice(page)).toHaveText('يوجد وسم بهذا الاسم. اختر اسماً آخر أو ادمج الوسمين.');
  await expect(fromRow.getByLabel('الاسم')).toHaveValue(into.name);

  await fromRow.locator('summary', { hasText: /^دمج$/ }).click();
  await fromRow.getByLabel('ادمجه في الوسم').fill(into.name);
  await fromRow.getByRole('button', { name: 'دمج الوسمين' }).click();
  await expect(notice(page)).toHaveText(`دُمج الوسم «${from.name}» في «${into.name}» (مقالان).`);
  expect(tagBySlug(from.slug)).toBeUndefined();
  expect(tagIdsOf(articleA)).toEqual([into.id]);
  expect(tagIdsOf(articleB)).toEqual([into.id]);
  await expect(page.locator(`tr[data-tag-slug="${into.slug}"] td[data-label="المقالات"]`)).toHaveText('٢');

  const intoRow = page.locator(`tr[data-tag-slug="${into.slug}"]`);
  await intoRow.locator('summary', { hasText: /^حذف$/ }).click();
  await intoRow.getByRole('button', { name: /^نعم، احذف/ }).click();
  await expect(notice(page)).toHaveText(`حُذف الوسم «${into.name}» وأُزيل عن مقالين.`);
  expect(tagIdsOf(articleA)).toEqual([]);
});

test('an admin adds an author linked to a writer’s account; a reader’s account or a foreign picture is refused', async ({ as, staff }) => {
  const { page } = await as(staff.admin);
  const s = stamp();
  const reader = insertUser(`قارئ ${s}`);
  await page.goto('/admin/authors');
  const form = page.getByRole('region', { name: 'كاتب جديد' });
  const name = `ليلى الكاتبة ${s}`;
  await form.getByLabel('الاسم').fill(name);
  await form.getByLabel('نبذة').fill('صحفية تغطي الشؤون المحلية.');
  await form.getByLabel('مسار الصورة الشخصية').fill('https://evil.example/a.png');
  await form.getByLabel('البريد الإلكتروني لحسابه').fill(reader.email);
  await form.getByRole('button', { name: 'إضافة الكاتب' }).click();
  await expect(form.locator('.field__error')).toHaveText('اكتب مسار الصورة على هذا الموقع، ويبدأ بـ«/» (مثل ‎/media/…‎)، أو اترك الحقل فارغاً.');
  await expect(form.getByLabel('نبذة')).toHaveValue('صحفية تغطي الشؤون المحلية.');

  await form.getByLabel('مسار الصورة الشخصية').fill('/media/avatar.webp');
  await form.getByRole('button', { name: 'إضافة الكاتب' }).click();
  await expect(notice(page)).toHaveText('هذا الحساب ليس من فريق التحرير. امنحه دور كاتب أو محرّر من صفحة «المستخدمون» أولاً.');

  await form.getByLabel('البريد الإلكتروني لحسابه').fill(staff.writer.email);
  await form.getByRole('button', { name: 'إضافة الكاتب' }).click();
  await expect(notice(page)).toHaveText(`أُضيف الكاتب «${name}».`);
  const author = authorBySlug(slugify(name))!;
  expect(author).toMatchObject({ name, bio: 'صحفية تغطي الشؤون المحلية.', avatar: '/media/avatar.webp' });
  expect(author.userId).not.toBeNull();
  await expect(page.locator(`tr[data-author-slug="${slugify(name)}"]`)).toContainText(staff.writer.email.toLowerCase());
  await page.goto(`/author/${encodeURIComponent(slugify(name))}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
});

test('an admin makes a commenter a writer: their sign-in ends, and back in they find the writer’s home', async ({ as, staff, newCommenter }) => {
  const member = await newCommenter('كاتب جديد');
  const { page: theirs } = await as(member);
  const { page } = await as(staff.admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(member.email)}`);
  const row = page.locator(`tr[data-user-email="${member.email.toLowerCase()}"]`);
  await row.getByRole('combobox').selectOption({ label: 'كاتب' });
  await row.getByRole('button', { name: 'تغيير الدور' }).click();
  await expect(notice(page)).toContainText('كاتباً');
  expect(userState(member.email).role).toBe('writer');

  await theirs.goto('/admin');
  await expect(theirs).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await signIn(theirs, member, '/admin');
  await expect(theirs.getByRole('heading', { level: 1, name: 'نظرة عامة' })).toBeVisible();
  await expect(theirs.getByRole('link', { name: 'مقال جديد' })).toBeVisible();
  await expect(theirs.getByRole('link', { name: 'مقالاتي' })).toBeVisible();
  await expect(theirs.getByRole('heading', { name: 'التعليقات' })).toHaveCount(0);
  await expect(theirs.getByRole('navigation', { name: 'قائمة الإدارة' }).getByRole('link')).toHaveText(['المقالات']);
});

test('the admin home shows each role what it works on', async ({ as, staff }) => {
  const expectations = [
    { member: staff.moderator, writing: false, comments: true, site: false },
    { member: staff.editor, writing: true, comments: true, site: true },
    { member: staff.admin, writing: true, comments: true, site: true },
  ];
  for (const { member, writing, comments, site } of expectations) {
    const { page } = await as(member);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { name: 'الكتابة' })).toHaveCount(writing ? 1 : 0);
    await expect(page.getByRole('heading', { name: 'التعليقات' })).toHaveCount(comments ? 1 : 0);
    await expect(page.getByRole('heading', { name: 'تنظيم الموقع' })).toHaveCount(site ? 1 : 0);
    if (comments) await expect(page.locator('.admin-cards li')).toHaveCount(4);
  }
});
