import type { APIRequestContext } from '@playwright/test';
import { e2eDatabase } from './db';
import { expect, test } from './fixtures';
import { linksIn, mailsTo, waitForMail } from './mail';
import { newCredentials, signIn, signUp } from './pages/auth-pages';

const REQUESTED = 'إن كان هذا البريد مسجلاً لدينا فستصلك خلال دقائق رسالة فيها رابط لاختيار كلمة مرور جديدة. يعمل الرابط مرة واحدة خلال ساعة.';
const DEAD = 'انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطاً جديداً.';
const COMMON = 'كلمة المرور هذه من أكثر الكلمات شيوعاً ويسهل تخمينها. اختر عبارة أطول أو أقل توقعاً.';

async function whoIs(request: APIRequestContext): Promise<string | null> {
  const me = (await (await request.get('/api/me')).json()) as { user: { name: string } | null };
  return me.user?.name ?? null;
}

async function askForLink(page: import('@playwright/test').Page, email: string) {
  await page.goto('/login');
  await page.getByRole('link', { name: 'نسيت كلمة المرور؟' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نسيت كلمة المرور');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('button', { name: 'أرسل رابط إعادة التعيين' }).click();
  await expect(page.locator('main .form__message')).toHaveText(REQUESTED);
}

test('a forgotten password is reset from the mailed link, once, and every sign-in of the account ends', async ({ page, browser, baseURL }) => {
  const who = newCredentials('نسرين');
  const laptop = await browser.newContext({ baseURL });
  const laptopPage = await laptop.newPage();
  await signUp(laptopPage, who);
  expect(await whoIs(laptop.request)).toBe(who.name);

  // The same answer for an address with no account, and nothing is sent to it.
  const stranger = newCredentials('غريب').email;
  await askForLink(page, stranger);
  await askForLink(page, who.email.toUpperCase());

  const mail = await waitForMail(who.email);
  expect(mail.subject).toBe('إعادة تعيين كلمة المرور في خبر');
  expect(mail.html).toContain('<html lang="ar" dir="rtl">');
  expect(mail.eml).toMatch(/Content-Type: text\/plain/i);
  const link = linksIn(mail).find((l) => l.includes('/reset-password?token='))!;
  expect(link.startsWith(`${baseURL}/reset-password?token=`)).toBe(true);
  expect(mailsTo(stranger)).toHaveLength(0);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اختر كلمة مرور جديدة');
  // OWASP ASVS: a password from the common list is refused, whatever its letter case.
  await page.getByLabel('كلمة المرور الجديدة').fill('PassWord123');
  await page.getByRole('button', { name: 'تعيين كلمة المرور' }).click();
  await expect(page.locator('#newPassword-error')).toHaveText(COMMON);
  await page.getByLabel('كلمة المرور الجديدة').fill('short');
  await page.getByRole('button', { name: 'تعيين كلمة المرور' }).click();
  await expect(page.locator('#newPassword-error')).toHaveText('اختر كلمة مرور من ٨ أحرف على الأقل.');

  const fresh = `عبارة مرور طويلة جديدة ${Date.now()} `.repeat(3).trim(); // 64+ characters are welcome
  expect(fresh.length).toBeGreaterThan(64);
  await page.getByLabel('كلمة المرور الجديدة').fill(fresh);
  await page.getByRole('button', { name: 'تعيين كلمة المرور' }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.locator('main .form__message')).toHaveText('تم تعيين كلمة المرور الجديدة، وسُجّل خروجك من كل الأجهزة. سجّل الدخول بها الآن.');

  // The laptop that was signed in is signed out; the old password no longer works, the new one does.
  expect(await whoIs(laptop.request)).toBeNull();
  await page.getByLabel('البريد الإلكتروني').fill(who.email);
  // exact: Next keeps the reset page, hidden, beside the new one after the action's redirect.
  await page.getByLabel('كلمة المرور', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.locator('main .form__message')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
  await signIn(page, { email: who.email, password: fresh });
  expect(await whoIs(page.request)).toBe(who.name);

  // The link worked once.
  await page.goto(link);
  await expect(page.locator('main .form__message')).toHaveText(DEAD);
  await expect(page.getByRole('link', { name: 'اطلب رابطاً جديداً' })).toHaveAttribute('href', '/forgot-password');
  await laptop.close();
});

test('a reset link stops working after an hour, and a newer link replaces an older one', async ({ page }) => {
  const who = newCredentials('هادي');
  await signUp(page, who);
  await page.context().clearCookies();
  await askForLink(page, who.email);
  const first = linksIn(await waitForMail(who.email)).find((l) => l.includes('/reset-password?token='))!;
  await askForLink(page, who.email);
  const second = linksIn(await waitForMail(who.email, undefined, 2)).find((l) => l.includes('/reset-password?token='))!;
  expect(second).not.toBe(first);

  await page.goto(first);
  await expect(page.locator('main .form__message')).toHaveText(DEAD);
  await page.goto(second);
  await expect(page.getByLabel('كلمة المرور الجديدة')).toBeVisible();

  // An hour later (the stored expiry moved back): the page says so, and so does a post of the form.
  const db = e2eDatabase();
  try {
    db.prepare('update password_reset_tokens set expires = ? where user_id = (select id from users where email = ?)').run(Date.now() - 1000, who.email);
  } finally {
    db.close();
  }
  await page.getByLabel('كلمة المرور الجديدة').fill('كلمة مرور لن تُحفظ أبداً');
  await page.getByRole('button', { name: 'تعيين كلمة المرور' }).click();
  await expect(page.locator('main .form__message')).toHaveText(DEAD);
  await page.goto(second);
  await expect(page.locator('main .form__message')).toHaveText(DEAD);
  await signIn(page, who);

  // A made-up token is the same dead link.
  await page.goto('/reset-password?token=' + 'A'.repeat(43));
  await expect(page.locator('main .form__message')).toHaveText(DEAD);
});

test('sign-up and the password change refuse a common password', async ({ page }) => {
  const who = newCredentials('وليد');
  await page.goto('/signup');
  await page.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill(who.name);
  await page.getByLabel('البريد الإلكتروني').fill(who.email);
  await page.getByLabel('كلمة المرور').fill('QWERTYUIOP');
  await page.getByRole('button', { name: 'إنشاء حساب' }).click();
  await expect(page.locator('#password-error')).toHaveText(COMMON);
  await expect(page.getByLabel('البريد الإلكتروني')).toHaveValue(who.email);

  await signUp(page, who);
  await page.goto('/account');
  await page.getByLabel('كلمة المرور الحالية').fill(who.password);
  await page.getByLabel('كلمة المرور الجديدة').fill('iloveyou123');
  await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
  await expect(page.locator('#newPassword-error')).toHaveText(COMMON);
});
