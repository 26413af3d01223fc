import { expect, seedArticle, test } from './fixtures';

test('a reader goes from home to a section to the modelled article', async ({ page, articlePage }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: 'آخر الأخبار' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'الأكثر قراءة' }).getByRole('listitem')).toHaveCount(5);

  await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'سياسة' }).click();
  await expect(page).toHaveURL(/\/section\/politics$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سياسة');

  await page.getByRole('link', { name: seedArticle.title }).click();
  await expect(page).toHaveURL(/\/news\/\d+\/[^/]+$/);
  await articlePage.expectLoaded(seedArticle.title);
  const body = page.locator('.article__body p');
  await expect(body).toHaveCount(seedArticle.paragraphs.length);
  for (const [i, paragraph] of seedArticle.paragraphs.entries()) {
    await expect(body.nth(i)).toHaveText(paragraph);
  }
  await expect(page.locator('.breadcrumbs').getByRole('link', { name: 'سياسة' })).toBeVisible();
  await expect(page.locator('[rel=author]')).toBeVisible();
  await expect(page.locator('.article-meta')).toContainText(/هـ/); // Hijri date
  await expect(page.locator('.article-meta')).toContainText(/مدة القراءة/);
  await expect(articlePage.viewCount).toHaveText(/^[٠-٩٬]+ مشاهدة$/);
  expect(await articlePage.views()).toBeGreaterThanOrEqual(seedArticle.views);
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('link')).toHaveCount(seedArticle.tags.length);
});

test('the related block lists other articles, never the article itself', async ({ page, articlePage }) => {
  await page.goto('/section/politics');
  await page.getByRole('link', { name: seedArticle.title }).click();
  const here = new URL(page.url()).pathname;
  await expect(articlePage.related.getByRole('heading', { level: 2 })).toHaveText('قد يعجبك ايضا');
  const links = articlePage.related.locator('.card__title a');
  await expect(links).toHaveCount(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).not.toBe(here);
    expect(href).toMatch(/^\/news\/\d+\//);
  }
});

test('the comment section says that signing in is needed', async ({ page, articlePage }) => {
  await page.goto('/section/politics');
  await page.getByRole('link', { name: seedArticle.title }).click();
  const comments = articlePage.comments;
  await expect(comments.getByRole('heading', { name: 'اترك رد' })).toBeVisible();
  await expect(comments).toContainText('لن يتم نشر عنوان بريدك الإلكتروني.');
  await expect(comments).toContainText('يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.');
  await expect(comments.getByRole('link', { name: 'مسجلاً للدخول' })).toHaveAttribute('href', /^\/login\?callbackUrl=/);
});

test('every reader page has a title, a description, a canonical URL and Open Graph', async ({ page }) => {
  await page.goto('/section/politics');
  await page.getByRole('link', { name: seedArticle.title }).click();
  const path = new URL(page.url()).pathname;
  await expect(page).toHaveTitle(`${seedArticle.title} — خبر`);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${path}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', seedArticle.excerpt);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('NewsArticle');
  expect(jsonLd.headline).toBe(seedArticle.title);

  for (const url of ['/', '/section/sports', '/section/sports/page/2']) {
    await page.goto(url);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /.+/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.+/);
  }
});

test('a phone-sized screen never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of ['/', '/section/economy']) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
  await page.goto('/section/politics');
  await page.getByRole('link', { name: seedArticle.title }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
