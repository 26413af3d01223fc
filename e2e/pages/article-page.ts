import { expect, type Page } from '@playwright/test';
import { parseArabicNumber } from '../../lib/arabic/numbers';

export class ArticlePage {
  constructor(readonly page: Page) {}

  get headline() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get viewCount() {
    return this.page.getByTestId('view-count');
  }

  get related() {
    return this.page.getByRole('region', { name: 'قد يعجبك ايضا' });
  }

  get comments() {
    return this.page.locator('#comments');
  }

  async views(): Promise<number> {
    const text = (await this.viewCount.textContent()) ?? '';
    return /واحدة/.test(text) ? 1 : /مشاهدتان/.test(text) ? 2 : parseArabicNumber(text) || 0;
  }

  async expectLoaded(title: string) {
    await expect(this.headline).toHaveText(title);
  }
}
