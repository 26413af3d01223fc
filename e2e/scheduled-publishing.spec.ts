import { expect, test } from '@playwright/test';
import { appendOutbox, articleStatus, insertScheduledArticle, insertSection, setArticleTitle } from './newsroom-db';
import { pickArticle } from './pages/admin-pages';

// The server publishes on its own: the article is stored as another process would store it, and no
// request but the page loads that check the result is made.

test('a scheduled article goes live at its time with no request and no restart; a later one stays hidden', async ({ page }) => {
  test.setTimeout(45_000);
  const stamp = Math.random().toString(36).slice(2, 8);
  const soonTitle = `خبر مجدول يظهر بعد ثوانٍ ${stamp}`;
  const laterTitle = `خبر مجدول لساعة لاحقة ${stamp}`;
  // The home page is in the cache before the article is due.
  await page.goto('/');
  await page.goto('/');
  await expect(page.getByText(soonTitle)).toHaveCount(0);

  // A section of their own: no other test's pagination of a seeded section shifts.
  const section = insertSection(`قسم المجدولات ${stamp}`, `scheduled-${stamp}`);
  const dueAt = Date.now() + 5_000;
  const soon = insertScheduledArticle(soonTitle, dueAt, section.slug);
  const later = insertScheduledArticle(laterTitle, Date.now() + 3_600_000, section.slug);
  await page.waitForTimeout(2_000);
  expect(articleStatus(soon)?.status, 'not before its time').toBe('scheduled');

  await page.waitForTimeout(Math.max(0, dueAt + 3_000 - Date.now()));
  expect(articleStatus(soon)).toEqual({ status: 'published', publishedAt: dueAt });
  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: soonTitle }).first()).toBeVisible();
  await expect(page.getByText(laterTitle)).toHaveCount(0);
  expect(articleStatus(later)?.status).toBe('scheduled');
});

test('a cache invalidation written by another process shows on the running server', async ({ page }) => {
  const article = await pickArticle(page, 'culture', 3);
  await page.goto(article.path);
  const heading = page.getByRole('heading', { level: 1 });
  const before = (await heading.textContent())!;
  await page.reload();
  await expect(heading).toHaveText(before);

  const title = `عنوان غيّره الاستيراد ${Math.random().toString(36).slice(2, 8)}`;
  setArticleTitle(article.id, title);
  appendOutbox([`article:${article.id}`]);
  await expect
    .poll(
      async () => {
        await page.goto(article.path);
        return (await heading.textContent())?.trim();
      },
      { timeout: 8_000, intervals: [1_000] },
    )
    .toBe(title);
});
