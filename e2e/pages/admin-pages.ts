import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** The n-th article on a section's second page: the admin tests keep to page 2, the comment tests to page 1. */
export async function pickArticle(page: Page, section: string, index: number): Promise<{ id: number; path: string }> {
  await page.goto(`/section/${section}/page/2`);
  const path = (await page.locator('.card__title a').nth(index).getAttribute('href'))!;
  return { id: Number(path.split('/')[2]), path };
}

export type Session = { context: BrowserContext; page: Page };

/** A separate browser for one person (their own cookies), optionally without JavaScript. */
export async function openSession(browser: Browser, baseURL: string, options: { storageState?: string | object; javaScriptEnabled?: boolean } = {}): Promise<Session> {
  const context = await browser.newContext({
    baseURL,
    locale: 'ar',
    storageState: options.storageState as never,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return { context, page: await context.newPage() };
}

export class CommentsAdmin {
  constructor(readonly page: Page) {}

  async open(query: Record<string, string | number> = {}) {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    await this.page.goto(`/admin/comments${search ? `?${search}` : ''}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'التعليقات' })).toBeVisible();
  }

  row(text: string) {
    return this.page.locator('tr[data-comment-id]').filter({ has: this.page.locator('.admin-comment__text', { hasText: text }) });
  }

  get notice() {
    return this.page.locator('.admin-notice');
  }

  get badge() {
    return this.page.getByTestId('pending-badge');
  }

  tab(name: RegExp | string) {
    return this.page.getByRole('navigation', { name: 'حالات التعليقات' }).getByRole('link', { name });
  }

  async act(text: string, button: string) {
    await this.row(text).getByRole('button', { name: button, exact: true }).click();
  }

  /** Quick edit or reply: opens the fold under the row, types, sends. */
  async write(text: string, fold: 'رد' | 'تعديل سريع', body: string, submit: string) {
    const row = this.row(text);
    await row.locator('summary', { hasText: new RegExp(`^${fold}$`) }).click();
    const box = row.getByLabel(fold === 'رد' ? /^ردّك على/ : 'نص التعليق');
    await box.fill(body);
    await row.getByRole('button', { name: submit }).click();
  }

  async bulk(texts: string[], action: string) {
    for (const text of texts) await this.row(text).getByRole('checkbox').check();
    await this.page.getByLabel('الإجراءات الجماعية').selectOption({ label: action });
    await this.page.getByRole('button', { name: 'تطبيق على المحدد' }).click();
  }
}
