import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site';
import { expect, seedArticle, test } from './fixtures';
import { structuredDataOf } from './pages/structured-data';

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

test('the related block lists the articles sharing the most tags with this one, then its section, newest first', async ({ page, articlePage }) => {
  await page.goto('/section/politics');
  await page.getByRole('link', { name: seedArticle.title }).click();
  await expect(articlePage.related.getByRole('heading', { level: 2 })).toHaveText('قد يعجبك ايضا');
  // The seed article is tagged سوريا، دير الزور، داعش (politics). Two shared tags come first (the
  // same section breaks the tie), then one shared tag in the same section, the newer first.
  const expected: [title: string, shared: string[]][] = [
    ['عودة مئات العائلات إلى ريف دير الزور مع بدء إعادة تأهيل الجسور والمدارس', ['سوريا', 'دير الزور']],
    ['فيلم وثائقي سوري قصير يفوز بالجائزة الكبرى في مهرجان دولي للأفلام', ['سوريا', 'دير الزور']],
    ['القوات العراقية تعلن تفكيك خلية تابعة لداعش في صحراء الأنبار', ['داعش']],
    ['خطة لإعادة إعمار أحياء الموصل القديمة تبدأ بترميم الأسواق والبيوت التراثية', ['داعش']],
  ];
  const links = articlePage.related.locator('.card__title a');
  await expect(links).toHaveText(expected.map(([title]) => title));
  // Each is what the tags say: open it and find the shared tags among its own.
  for (const [i, [title, shared]] of expected.entries()) {
    const href = (await links.nth(i).getAttribute('href'))!;
    const other = await page.context().newPage();
    await other.goto(href);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(title);
    const tags = await other.getByRole('list', { name: 'الوسوم' }).getByRole('link').allTextContents();
    expect(tags.filter((t) => seedArticle.tags.includes(t)).sort()).toEqual([...shared].sort());
    await other.close();
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

test('every reader page has a title, a description, a canonical URL and Open Graph', async ({ page, baseURL }) => {
  // playwright.config.ts starts the server with SITE_URL = baseURL: every absolute URL starts with it
  // (Next writes the home page's as the bare origin, without the trailing slash).
  const absolute = (path: string) => (path === '/' ? baseURL! : `${baseURL}${path}`);
  const expectMeta = async (want: { title: string; ogTitle: string; description: string; url: string; type: string }) => {
    await expect(page).toHaveTitle(want.title);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', want.url);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', want.url);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', want.ogTitle);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', want.description);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', want.type);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', SITE_NAME);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', want.description);
  };

  await page.goto('/section/politics');
  await page.getByRole('link', { name: seedArticle.title }).click();
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/news\/\d+\/%[0-9A-F]{2}/); // the Arabic slug, percent-encoded
  await expectMeta({
    title: `${seedArticle.title} — ${SITE_NAME}`,
    ogTitle: seedArticle.title,
    description: seedArticle.excerpt,
    url: absolute(path),
    type: 'article',
  });
  const jsonLd = await structuredDataOf(page, 'NewsArticle');
  expect(jsonLd.headline).toBe(seedArticle.title);
  expect(jsonLd.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': absolute(path) });

  const sports = 'رياضة';
  const sportsDescription = `آخر أخبار ${sports} وتقاريرها ومقالاتها على موقع ${SITE_NAME}.`;
  for (const want of [
    { path: '/', title: `${SITE_NAME} — ${SITE_DESCRIPTION}`, ogTitle: SITE_NAME, description: SITE_DESCRIPTION },
    { path: '/section/sports', title: `${sports} — ${SITE_NAME}`, ogTitle: sports, description: sportsDescription },
    {
      path: '/section/sports/page/2',
      title: `${sports} — الصفحة ٢ — ${SITE_NAME}`,
      ogTitle: `${sports} — الصفحة ٢`,
      description: sportsDescription,
    },
  ]) {
    await page.goto(want.path);
    await expectMeta({ ...want, url: absolute(want.path), type: 'website' });
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
