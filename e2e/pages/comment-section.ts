import { expect, type Page } from '@playwright/test';

/** Opens the n-th article of a section's first page and returns its path. */
export async function openArticle(page: Page, section: string, index: number): Promise<string> {
  await page.goto(`/section/${section}`);
  const link = page.locator('.card__title a').nth(index);
  const href = (await link.getAttribute('href'))!;
  await page.goto(href);
  await new CommentSection(page).reveal();
  return href;
}

export function articleIdOf(path: string): number {
  return Number(path.split('/')[2]);
}

export class CommentSection {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.locator('#comments');
  }

  get respond() {
    return this.page.locator('#respond');
  }

  get textarea() {
    return this.respond.getByLabel('التعليق');
  }

  get submit() {
    return this.respond.getByRole('button', { name: /نشر التعليق|جارٍ النشر/ });
  }

  comment(text: string) {
    return this.root.locator('li[id^="comment-"]').filter({ has: this.page.locator('.comment__body', { hasText: text }) }).last();
  }

  /** The section loads its code and the reader's own data only when it comes near the screen. */
  async reveal() {
    // Not scrollIntoViewIfNeeded: the section's element is replaced while it scrolls into view.
    await this.page.evaluate(() => document.getElementById('respond')?.scrollIntoView({ block: 'center' }));
  }

  async post(text: string) {
    await this.reveal();
    await expect(this.textarea).toBeVisible();
    await this.textarea.fill(text);
    await this.submit.click();
  }

  async commentId(text: string): Promise<number> {
    const id = await this.comment(text).getAttribute('id');
    return Number(id!.replace('comment-', ''));
  }
}
