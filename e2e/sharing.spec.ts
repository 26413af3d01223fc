import type { Page } from '@playwright/test';
import { SHARE_MESSAGES } from '@/lib/hydration/page-scripts';
import { expect, seedArticle, test } from './fixtures';

// Share links are plain links (no script, no tracking); "copy the link" is a constant inline script
// that wakes no framework; the reader blocks list headlines only.

async function openSeedArticle(page: Page) {
  await page.goto('/section/politics');
  const href = (await page.getByRole('link', { name: seedArticle.title }).first().getAttribute('href'))!;
  return href;
}

const shareBox = (page: Page) => page.getByRole('region', { name: 'شارك الخبر' });

test('an article carries plain share links for WhatsApp, Telegram, X and Facebook, with no JavaScript at all', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const href = await openSeedArticle(page);
  await page.goto(href);
  const url = new URL(href, baseURL).toString();
  const links = shareBox(page).getByRole('link');
  await expect(links).toHaveText([/واتساب/, /تيليغرام/, /إكس/, /فيسبوك/]);
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(new URL(hrefs[0]!).origin + new URL(hrefs[0]!).pathname).toBe('https://wa.me/');
  expect(new URL(hrefs[0]!).searchParams.get('text')).toBe(`${seedArticle.title}\n${url}`);
  expect(new URL(hrefs[1]!).searchParams.get('url')).toBe(url);
  expect(new URL(hrefs[2]!).searchParams.get('url')).toBe(url);
  expect(new URL(hrefs[3]!).searchParams.get('u')).toBe(url);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
  }
  // Without a script nothing offers to copy: those buttons would do nothing.
  await expect(shareBox(page).getByRole('button')).toHaveCount(0);
  await context.close();
});

test('"copy the link" copies the article’s address, says so, and loads no framework script', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const href = await openSeedArticle(page);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(href, { waitUntil: 'load' });
  const copy = shareBox(page).getByRole('button', { name: 'نسخ الرابط' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(shareBox(page).getByRole('status')).toHaveText(SHARE_MESSAGES.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(href, baseURL).toString());
  await page.waitForTimeout(300);
  expect(scripts).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
  // The system share sheet is offered only where the browser has one.
  const sheet = shareBox(page).getByRole('button', { name: 'مشاركة بطريقة أخرى' });
  if (await page.evaluate(() => 'share' in navigator)) await expect(sheet).toBeVisible();
  else await expect(sheet).toHaveCount(0);
});

test('home and article pages show the latest headlines, the most read and, once there are comments, the most commented, without pictures', async ({
  page,
}) => {
  for (const path of ['/', await openSeedArticle(page)]) {
    await page.goto(path);
    const strip = page.getByRole('region', { name: 'آخر الأخبار' });
    await expect(strip.getByRole('link').first()).toBeVisible();
    expect(await strip.getByRole('link').count()).toBeGreaterThanOrEqual(7);
    const mostRead = page.getByRole('complementary', { name: 'الأكثر قراءة' });
    await expect(mostRead.getByRole('listitem')).toHaveCount(5);
    for (const block of [strip, mostRead, page.getByRole('complementary', { name: 'الأكثر تعليقاً' })]) {
      await expect(block.locator('img')).toHaveCount(0);
    }
  }
});
