import { test as base } from '@playwright/test';
import { articles as seedArticles } from '../db/seed-data/articles';
import { ArticlePage } from './pages/article-page';

export const seedArticle = seedArticles[0]!;

export const test = base.extend<{ articlePage: ArticlePage }>({
  articlePage: async ({ page }, use) => {
    await use(new ArticlePage(page));
  },
});

export { expect } from '@playwright/test';
