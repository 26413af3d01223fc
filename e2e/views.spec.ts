import { expect, test } from './fixtures';

test('each page view counts, and the cached page shows the new count', async ({ page, articlePage }) => {
  // An article nobody else opens in this run, so the count moves only by this test's views.
  await page.goto('/section/technology');
  await page.locator('.card__title a').last().click();
  const before = await articlePage.views();

  await expect
    .poll(
      async () => {
        await page.reload();
        return articlePage.views();
      },
      { timeout: 20_000, intervals: [500, 1000] },
    )
    .toBeGreaterThan(before);
});

test('the view beacon posts once per page load', async ({ page }) => {
  await page.goto('/section/culture');
  const beacon = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST');
  await page.locator('.card__title a').first().click();
  const request = await beacon;
  expect(request.postData()).toMatch(/^\d+$/);
});
