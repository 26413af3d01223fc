import { expect, test } from './fixtures';
import { newCredentials, signIn, signUp } from './pages/auth-pages';
import { CommentSection, openArticle } from './pages/comment-section';

test('a reader signs up from an article, comes back to the form, signs out and in again', async ({ page }) => {
  const who = newCredentials('هدى');
  const path = await openArticle(page, 'economy', 1);
  const section = new CommentSection(page);
  await expect(section.respond).toContainText('يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.');
  await section.respond.getByRole('link', { name: 'مسجلاً للدخول' }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByRole('link', { name: 'أنشئ حساباً' }).click();
  await page.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill(who.name);
  await page.getByLabel('البريد الإلكتروني').fill(who.email);
  await page.getByLabel('كلمة المرور').fill(who.password);
  await page.getByRole('button', { name: 'إنشاء حساب' }).click();

  await expect(page).toHaveURL(new RegExp(`${path}#respond$`));
  await expect(section.respond).toContainText(`تم تسجيل الدخول باسم ${who.name}. تسجيل الخروج؟`);
  await expect(section.textarea).toBeVisible();
  await expect(section.respond).toContainText('لن يتم نشر عنوان بريدك الإلكتروني.');

  await section.respond.getByRole('button', { name: 'تسجيل الخروج؟' }).click();
  await expect(section.respond).toContainText('يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.');
  await expect(section.textarea).toHaveCount(0);

  await signIn(page, who, `${path}#respond`);
  await expect(page).toHaveURL(new RegExp(`${path}#respond$`));
  await expect(section.respond).toContainText(`تم تسجيل الدخول باسم ${who.name}.`);
});

test('a failed sign-in says one thing whatever was wrong', async ({ page }) => {
  const who = newCredentials();
  await signUp(page, who);
  await page.context().clearCookies();
  const attempts = [
    { email: who.email, password: 'wrong-password' },
    { email: `nobody-${Date.now()}@example.com`, password: who.password },
  ];
  for (const attempt of attempts) {
    await page.goto('/login');
    await page.getByLabel('البريد الإلكتروني').fill(attempt.email);
    await page.getByLabel('كلمة المرور').fill(attempt.password);
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(page.locator('.form__message')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    await expect(page.getByLabel('البريد الإلكتروني')).toHaveValue(attempt.email);
  }
});

test('sign-up checks its fields in Arabic and keeps what was typed', async ({ page }) => {
  const taken = newCredentials();
  await signUp(page, taken);
  await page.context().clearCookies();

  await page.goto('/signup');
  await page.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill('م');
  await page.getByLabel('البريد الإلكتروني').fill('not-an-email');
  await page.getByLabel('كلمة المرور').fill('short');
  await page.getByRole('button', { name: 'إنشاء حساب' }).click();
  await expect(page.locator('#name-error')).toHaveText('اكتب اسماً من حرفين على الأقل.');
  await expect(page.locator('#email-error')).toContainText('أدخل بريداً إلكترونياً صحيحاً');
  await expect(page.locator('#password-error')).toHaveText('اختر كلمة مرور من ٨ أحرف على الأقل.');
  await expect(page.getByLabel('البريد الإلكتروني')).toHaveValue('not-an-email');

  await page.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill('اسم آخر');
  await page.getByLabel('البريد الإلكتروني').fill(taken.email.toUpperCase());
  await page.getByLabel('كلمة المرور').fill('another-password');
  await page.getByRole('button', { name: 'إنشاء حساب' }).click();
  // The same words whether or not the email has an account (finding 10).
  await expect(page.locator('.form__message')).toHaveText('تعذّر إنشاء الحساب بهذه البيانات. إن كان لك حساب من قبل فسجّل الدخول إليه.');
  await expect(page.locator('#email-error')).toHaveCount(0);
  await expect(page.getByLabel('الاسم الذي يظهر مع تعليقاتك')).toHaveValue('اسم آخر');
});

test('the sign-in page never sends a reader to another site', async ({ page }) => {
  const who = newCredentials();
  await signUp(page, who);
  await page.context().clearCookies();
  await signIn(page, who, 'https://evil.example/steal');
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});
