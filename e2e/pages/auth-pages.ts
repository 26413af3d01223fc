import { expect, type Page } from '@playwright/test';

export type Credentials = { name: string; email: string; password: string };

let counter = 0;
export function newCredentials(name = 'قارئ'): Credentials {
  const id = `${Date.now().toString(36)}${process.pid}${counter++}`;
  return { name: `${name} ${id.slice(-4)}`, email: `reader-${id}@example.com`, password: `كلمة-سر-${id}` };
}

export async function signUp(page: Page, who: Credentials, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/signup');
  await page.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill(who.name);
  await page.getByLabel('البريد الإلكتروني').fill(who.email);
  await page.getByLabel('كلمة المرور').fill(who.password);
  await page.getByRole('button', { name: 'إنشاء حساب' }).click();
  await expect(page).not.toHaveURL(/\/signup/);
}

export async function signIn(page: Page, who: Pick<Credentials, 'email' | 'password'>, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login');
  await page.getByLabel('البريد الإلكتروني').fill(who.email);
  await page.getByLabel('كلمة المرور').fill(who.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
