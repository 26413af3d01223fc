import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { newCredentials, signIn, signUp } from './pages/auth-pages';
import { articleIdOf, CommentSection, openArticle } from './pages/comment-section';

// Finding 3: a session ends on the server, so a copy of its cookie is worth nothing afterwards.

const NOT_SIGNED_IN = 'يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.';

/** A second client holding a copy of the cookies (what an attacker who stole them would have). */
async function replay(browser: Browser, baseURL: string, context: BrowserContext): Promise<APIRequestContext> {
  const copy = await browser.newContext({ baseURL, storageState: await context.storageState() });
  return copy.request;
}

async function whoIs(request: APIRequestContext): Promise<string | null> {
  const me = (await (await request.get('/api/me')).json()) as { user: { name: string } | null };
  return me.user?.name ?? null;
}

test('signing out ends the session: its old cookie neither reads /api/me nor posts', async ({ page, browser, baseURL }) => {
  const who = newCredentials('منى');
  await signUp(page, who);
  const path = await openArticle(page, 'sports', 1);
  const stolen = await replay(browser, baseURL!, page.context());
  expect(await whoIs(stolen)).toBe(who.name);

  const section = new CommentSection(page);
  await section.respond.getByRole('button', { name: 'تسجيل الخروج؟' }).click();
  await expect(section.respond).toContainText(NOT_SIGNED_IN);

  expect(await whoIs(stolen)).toBeNull();
  const post = await stolen.post('/api/comments', { data: { articleId: articleIdOf(path), body: 'بعد الخروج' } });
  expect(post.status()).toBe(403);
  expect((await post.json()).message).toBe(NOT_SIGNED_IN);
});

test('a new password ends the other sign-ins; "sign out everywhere" ends them all', async ({ page, browser, baseURL }) => {
  const who = newCredentials('سامي');
  await signUp(page, who);
  const phone = await browser.newContext({ baseURL });
  const phonePage = await phone.newPage();
  await signIn(phonePage, who);

  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'حسابي' })).toBeVisible();
  await expect(page.getByTestId('sessions').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('sessions')).toContainText('(هذا الجهاز)');

  await page.getByLabel('كلمة المرور الحالية').fill('not-my-password');
  await page.getByLabel('كلمة المرور الجديدة').fill('a-new-password-1');
  await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
  await expect(page.locator('#currentPassword-error')).toHaveText('كلمة المرور الحالية غير صحيحة.');
  expect(await whoIs(phone.request)).toBe(who.name);

  await page.getByLabel('كلمة المرور الحالية').fill(who.password);
  await page.getByLabel('كلمة المرور الجديدة').fill('a-new-password-1');
  await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
  await expect(page.locator('.form__message')).toHaveText('تم تغيير كلمة المرور، وسُجّل خروجك من كل الأجهزة الأخرى.');
  expect(await whoIs(phone.request)).toBeNull();
  expect(await whoIs(page.request)).toBe(who.name);

  await signIn(phonePage, { email: who.email, password: 'a-new-password-1' });
  expect(await whoIs(phone.request)).toBe(who.name);
  await page.goto('/account');
  await page.getByRole('button', { name: 'تسجيل الخروج من كل الأجهزة' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await whoIs(page.request)).toBeNull();
  expect(await whoIs(phone.request)).toBeNull();
  await phone.close();
});

test('the account page sends a visitor to sign in and back', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
});
