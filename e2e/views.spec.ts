import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { e2eDatabase } from './db';
import { ArticlePage } from './pages/article-page';
import { articleIdOf } from './pages/comment-section';

function storedViews(articleId: number): number {
  const db = e2eDatabase();
  try {
    return (db.prepare('select view_count from articles where id = ?').get(articleId) as { view_count: number }).view_count;
  } finally {
    db.close();
  }
}

/** The view beacons a page sends, as their bodies (the article id), in order. */
function collectBeacons(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/views') bodies.push(r.postData() ?? '');
  });
  return bodies;
}

/** Opens `path` and waits until its beacon has been answered. */
async function load(page: Page, path: string) {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/views' && r.request().method() === 'POST');
  await page.goto(path);
  expect((await answered).status()).toBe(204);
}

// Flushes run every VIEW_FLUSH_MS (300 ms under playwright.config.ts): past this, nothing is still on its way.
const SETTLE_MS = 1_500;

test('each page load counts exactly one view, and the cached page then shows that count', async ({ page, browser }) => {
  // Two articles nobody else opens in this run, so their counts move only by this test's views.
  await page.goto('/section/technology');
  const links = page.locator('.card__title a');
  const count = await links.count();
  const path = (await links.nth(count - 1).getAttribute('href'))!;
  const otherPath = (await links.nth(count - 2).getAttribute('href'))!;
  const id = articleIdOf(path);
  const start = storedViews(id);
  const beacons = collectBeacons(page);

  const loads = 3;
  await load(page, path);
  // Nothing counted before this test: the page shows the stored count.
  expect(await new ArticlePage(page).views()).toBe(start);
  for (let i = 1; i < loads; i++) await load(page, path);

  // One view per load: a lost beacon never gets there, a doubled one passes it.
  await expect.poll(() => storedViews(id), { timeout: 10_000 }).toBe(start + loads);
  await page.waitForTimeout(SETTLE_MS);
  expect(storedViews(id)).toBe(start + loads);
  expect(beacons).toEqual(Array(loads).fill(String(id)));

  // The cached page. A page regenerated while a flush revalidates its count can keep the older
  // count until the article's next view (or the page's 300 s refresh), so the views above are
  // left to settle and the page to regenerate; then one more view, with nothing else in flight.
  const reader = await browser.newPage({ javaScriptEnabled: false }); // sends no beacon: adds nothing
  const shown = new ArticlePage(reader);
  await page.waitForTimeout(SETTLE_MS);
  await reader.goto(path);
  await page.waitForTimeout(SETTLE_MS);
  await load(page, path);
  // A count the timer wrote is revalidated by the next beacon (app/api/views/route.ts): another
  // reader's view of another article.
  await load(page, otherPath);
  await expect.poll(() => storedViews(id), { timeout: 10_000 }).toBe(start + loads + 1);
  await expect
    .poll(
      async () => {
        await reader.goto(path);
        return shown.views();
      },
      { timeout: 20_000, intervals: [500, 1000] },
    )
    .toBe(start + loads + 1);
  await reader.close();
  expect(storedViews(id)).toBe(start + loads + 1);
  expect(beacons).toEqual([...Array(loads + 1).fill(String(id)), String(articleIdOf(otherPath))]);
});

test('the view beacon posts the article id once per page load', async ({ page }) => {
  await page.goto('/section/culture');
  const path = (await page.locator('.card__title a').first().getAttribute('href'))!;
  const beacons = collectBeacons(page);
  await load(page, path);
  await page.waitForTimeout(SETTLE_MS);
  expect(beacons).toEqual([String(articleIdOf(path))]);
});
