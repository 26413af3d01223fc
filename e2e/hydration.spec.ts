import type { Page } from '@playwright/test';
import { HYDRATION_DATA_ID } from '@/lib/hydration/page-scripts';
import { expect, test } from './fixtures';
import { newCredentials, signUp } from './pages/auth-pages';
import { CommentSection } from './pages/comment-section';
import { insertApprovedComments, insertProbeArticle, insertUsers } from './xss-db';

// Reader pages load no framework script until the reader needs one (lib/server/defer-hydration.ts).

/** Every script the page requests from now on, and every error it logs. */
function watch(page: Page) {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { scripts, errors };
}

const hydrated = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'));

/** The n-th article of a section, not opened. */
async function articleIn(page: Page, section: string, index: number): Promise<string> {
  await page.goto(`/section/${section}`);
  return (await page.locator('.card__title a').nth(index).getAttribute('href'))!;
}

async function readerPages(page: Page): Promise<string[]> {
  // The seed's first article (id 1, tagged): other specs publishing meanwhile cannot change which it is.
  await page.goto('/news/1/any-slug');
  const article = new URL(page.url()).pathname;
  expect(article).toMatch(/^\/news\/1\/%/);
  const tag = await page.locator('.tag-list a').first().getAttribute('href');
  const author = await page.locator('[rel=author]').first().getAttribute('href');
  return ['/', '/section/economy', '/section/economy/page/2', tag!, author!, article, '/search', `/search?q=${encodeURIComponent('داعش')}`];
}

test('home, section, tag, author, article and search pages load no JavaScript file at all until the reader needs one', async ({ page }) => {
  const paths = await readerPages(page);
  for (const path of paths) {
    const fresh = await page.context().newPage();
    const { scripts, errors } = watch(fresh);
    const response = await fresh.goto(path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    // Loudly, if a Next upgrade writes a script the transform does not know: the page then hydrates at load.
    expect(response?.headers()['x-khabar-hydration'], path).toBe('deferred');
    await fresh.waitForTimeout(500);
    expect(scripts, path).toEqual([]);
    expect(await hydrated(fresh), path).toBe(false);
    // No framework script in the document but the polyfill modern browsers skip; the payload is data.
    expect(await fresh.locator('script[src]:not([nomodule])').count(), path).toBe(0);
    expect(await fresh.locator('link[rel=preload][as=script], link[rel=modulepreload]').count(), path).toBe(0);
    await expect(fresh.locator(`script#${HYDRATION_DATA_ID}[type="application/json"]`), path).toHaveCount(1);
    // Links are plain links: a click navigates without the framework.
    expect(errors, path).toEqual([]);
    await fresh.close();
  }
});

test('an article hydrates when its comments come near, keeps the place the reader scrolled to, and logs no error', async ({ page }) => {
  const path = await articleIn(page, 'sports', 1);
  const { scripts, errors } = watch(page);
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  expect(scripts).toEqual([]);
  await page.evaluate(() => document.getElementById('comments')!.scrollIntoView({ block: 'start' }));
  const before = await page.evaluate(() => window.scrollY);
  await expect.poll(() => hydrated(page)).toBe(true);
  expect(scripts.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(page.locator('#respond')).toContainText('يجب أن تكون مسجلاً للدخول');
  expect(errors).toEqual([]);
});

test('a plain link just navigates; a press on a control that needs the framework wakes it', async ({ page }) => {
  const { scripts } = watch(page);
  await page.goto('/');
  await page.locator('.site-nav a').nth(1).click();
  await expect(page).toHaveURL(/\/section\//);
  await page.locator('.card__title a').first().focus();
  await page.keyboard.press('Tab');
  expect(scripts).toEqual([]);
  expect(await hydrated(page)).toBe(false);
  // Reader pages have no such control before the comment form; mark one (attributes are not compared when React hydrates).
  await page.locator('.brand').evaluate((el) => {
    el.setAttribute('data-hydrate', '');
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  });
  await expect.poll(() => hydrated(page)).toBe(true);
  expect(scripts.length).toBeGreaterThan(0);
});

// Long enough that the comments start well below the first screen.
const longBody = Array.from({ length: 30 }, (_, i) => `الفقرة ${i + 1}: نص طويل بما يكفي ليملأ سطرين أو ثلاثة على شاشة الحاسوب، كما في أي خبر حقيقي يقرؤه الناس صباحاً.`).join('\n\n');

for (const hint of ['with', 'without'] as const) {
  test(`a signed-in reader scrolls to the comments and posts a reply that shows as pending (${hint} the personal hint)`, async ({ page }) => {
    const run = `${hint}-${Date.now()}`;
    const { path, id } = insertProbeArticle({ slug: `ترطيب-${run}`, title: `مقال للرد ${run}`, excerpt: 'مقتطف', body: longBody });
    const [author] = insertUsers([{ name: 'سلمى', email: `salma-${run}@example.com` }]);
    const [parentId] = insertApprovedComments(id, [{ userId: author!, body: 'تعليق ينتظر رداً', parentId: null }]);
    const reader = newCredentials(hint === 'with' ? 'وليد' : 'هالة');
    await signUp(page, reader);
    if (hint === 'without') {
      // The page as a shared cache in front would serve it: no hint cookie, so no framework at load.
      await page.route((url) => url.pathname === path, async (route) => {
        const response = await route.fetch();
        // route.fetch shares the browser's cookie jar: take the hint back out before the page reads it.
        await page.context().clearCookies({ name: /khabar-me$/ });
        const headers = { ...response.headers() };
        delete headers['set-cookie'];
        await route.fulfill({ response, headers });
      });
    }
    const { scripts } = watch(page);
    await page.goto(path, { waitUntil: 'load' });
    // With the hint the reader's line comes from the hydrated page, so it hydrates at load.
    if (hint === 'with') await expect.poll(() => hydrated(page)).toBe(true);
    else {
      await page.waitForTimeout(300);
      expect(scripts).toEqual([]);
    }
    const section = new CommentSection(page);
    await section.reveal();
    await expect(section.respond).toContainText(`تم تسجيل الدخول باسم ${reader.name}`);
    await page.locator(`#comment-${parentId}`).getByRole('link', { name: 'رد على سلمى' }).click();
    await expect(section.respond.getByRole('heading', { level: 3 })).toContainText('اترك رداً على سلمى');
    const text = `ردّ ${hint === 'with' ? 'أول' : 'ثانٍ'} على التعليق`;
    await section.textarea.fill(text);
    await section.submit.click();
    await expect(page.locator(`#own-${parentId}`).locator('li', { hasText: text })).toContainText('تعليقك بانتظار المراجعة.');
  });
}
