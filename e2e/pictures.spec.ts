import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { mediaMessages } from '../lib/media/messages';
import { createMember, expect, test as base, type Member } from './admin-fixtures';
import { e2eDatabase } from './db';
import { structuredDataOf } from './pages/structured-data';

// Pictures end to end: the upload API as each role would call it from the admin's own pages, the
// files it serves, and the covers every reader page shows (with their boxes reserved: no shift).

const UPLOAD = '/api/admin/media';
const MEDIA_URL = /^\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-\d+\.webp$/;

/** One writer per worker: signing up through the UI is the slow part of these tests. */
const test = base.extend<object, { writer: Member }>({
  writer: [
    async ({ browser }, use, workerInfo) => {
      const member = await createMember(browser, workerInfo.project.use.baseURL!, 'commenter', 'كاتبة');
      const db = e2eDatabase();
      try {
        db.prepare("update users set role = 'writer' where email = ?").run(member.email.toLowerCase());
      } finally {
        db.close();
      }
      await use(member);
    },
    { scope: 'worker' },
  ],
});

type Answer = { status: number; json: Record<string, unknown> };

/** What the editor's upload does: a same-origin fetch with FormData, from one of the site's pages. */
async function uploadFrom(page: Page, file: { name: string; type: string; base64: string }, alt = ''): Promise<Answer> {
  if (page.url() === 'about:blank') await page.goto('/');
  return page.evaluate(
    async ({ url, file, alt }) => {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const form = new FormData();
      form.set('file', new File([bytes], file.name, { type: file.type }));
      if (alt) form.set('alt', alt);
      const res = await fetch(url, { method: 'POST', body: form });
      return { status: res.status, json: await res.json() };
    },
    { url: UPLOAD, file, alt },
  );
}

async function photo(width: number, height: number, tint: number) {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: tint, g: 120, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'KhabarCam', Model: 'E2E' } })
    .toBuffer();
  return { name: 'مرفأ.jpg', type: 'image/jpeg', base64: bytes.toString('base64') };
}

test('a writer uploads a picture and gets its variants, served immutable; the same file again is the same picture', async ({ as, writer }) => {
  const { page } = await as(writer);
  const file = await photo(1700, 1000, 30 + (Date.now() % 200));
  const first = await uploadFrom(page, file, 'ميناء بيروت عند الغروب');
  expect(first.status).toBe(201);
  expect(first.json).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{16}$/), width: 1600, height: 941, alt: 'ميناء بيروت عند الغروب' });
  expect(first.json.src).toMatch(MEDIA_URL);
  const srcSet = String(first.json.srcSet).split(', ');
  expect(srcSet.map((s) => s.split(' ')[1])).toEqual(['480w', '800w', '1200w', '1600w']);

  for (const entry of srcSet) {
    const res = await page.request.get(entry.split(' ')[0]!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/webp');
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect((await res.body()).includes('KhabarCam')).toBe(false);
  }

  const again = await uploadFrom(page, file);
  expect(again.status).toBe(201);
  expect(again.json.id).toBe(first.json.id);
  expect(again.json.src).toBe(first.json.src);
});

test('uploads are refused to a commenter (403), to nobody signed in (401) and from another site (403)', async ({ as, newCommenter }) => {
  const file = await photo(300, 200, 90);
  const commenter = await as(await newCommenter());
  expect(await uploadFrom(commenter.page, file)).toEqual({ status: 403, json: { message: mediaMessages.forbidden } });

  const anonymous = await as(null);
  expect(await uploadFrom(anonymous.page, file)).toEqual({ status: 401, json: { message: mediaMessages.notSignedIn } });

  const foreign = await anonymous.context.request.post(UPLOAD, {
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(file.base64, 'base64') } },
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).message).toMatch(/لم يصدر من صفحات هذا الموقع/);
});

test('a writer is told in Arabic when a file is too large (50 MB: 413) or is not a picture (415)', async ({ as, writer }) => {
  const { page } = await as(writer);
  await page.goto('/');
  const huge = await page.evaluate(async (url) => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(50 * 1024 * 1024)], 'كبيرة.jpg', { type: 'image/jpeg' }));
    const res = await fetch(url, { method: 'POST', body: form });
    return { status: res.status, json: await res.json() };
  }, UPLOAD);
  expect(huge).toEqual({ status: 413, json: { message: mediaMessages.tooLarge } });

  const text = { name: 'photo.jpg', type: 'image/jpeg', base64: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') };
  expect(await uploadFrom(page, text)).toEqual({ status: 415, json: { message: mediaMessages.notImage } });
  const svg = { name: 'logo.png', type: 'image/png', base64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64') };
  expect(await uploadFrom(page, svg)).toEqual({ status: 415, json: { message: mediaMessages.notImage } });
});

/** Every cover on the page: a plain <img> with its box (width, height), alt text and a /media/ source. */
async function expectCovers(page: Page, selector: string) {
  await expect(page.locator(selector).first()).toBeAttached();
  const covers = await page.locator(selector).evaluateAll((imgs) =>
    imgs.map((img) => Object.fromEntries(['width', 'height', 'alt', 'src', 'srcset', 'sizes', 'loading', 'fetchpriority'].map((a) => [a, img.getAttribute(a)]))),
  );
  for (const cover of covers) {
    expect(cover).toMatchObject({
      width: expect.stringMatching(/^\d+$/),
      height: expect.stringMatching(/^\d+$/),
      alt: expect.stringMatching(/\S/),
      src: expect.stringMatching(MEDIA_URL),
      srcset: expect.stringMatching(/480w, .*800w, .*1200w$/),
      sizes: expect.stringMatching(/\S/),
    });
  }
  return covers;
}

async function loaded(page: Page, selector: string) {
  await expect.poll(() => page.locator(selector).first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

test('home, section, tag and author pages show covers; the first on home is fetched at once (the lead\'s, or the grid\'s when the lead has none), the rest lazily', async ({ page }) => {
  await page.goto('/');
  const [lead, ...rest] = await expectCovers(page, '.card__cover');
  expect(lead).toMatchObject({ loading: 'eager', fetchpriority: 'high' });
  expect(rest.length).toBeGreaterThan(8);
  expect(rest.every((c) => c.loading === 'lazy' && c.fetchpriority === null)).toBe(true);
  await loaded(page, '.card__cover');
  await expect(page.locator('.card--compact img')).toHaveCount(0);

  await page.goto('/section/economy');
  await expectCovers(page, '.card__cover');
  const tag = await page.locator('.card__title a').first().getAttribute('href');
  await page.goto(tag!);
  await page.locator('.tag-list a').first().click();
  await expect(page).toHaveURL(/\/tag\//);
  await expectCovers(page, '.card__cover');
  await page.goto(tag!);
  await page.locator('[rel=author]').first().click();
  await expect(page).toHaveURL(/\/author\//);
  await expectCovers(page, '.card__cover');
});

test('an article shows its cover first (its LCP), shares it as og:image and JSON-LD image, and nothing shifts', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/section/culture');
  const href = await page.locator('.card__title a').first().getAttribute('href');
  await page.goto(href!, { waitUntil: 'load' });

  const [cover] = await expectCovers(page, 'figure.article__cover img');
  expect(cover).toMatchObject({ loading: 'eager', fetchpriority: 'high' });
  await loaded(page, 'figure.article__cover img');

  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(new RegExp(`^${baseURL}/media/\\d{4}/\\d{2}/[0-9a-f]{16}-1200\\.webp$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
  const ld = await structuredDataOf<{ image: unknown[] }>(page, 'NewsArticle');
  expect(ld.image[0]).toMatchObject({ '@type': 'ImageObject', url: ogImage, width: 1200 });
  const shared = await page.request.get(ogImage!);
  expect([shared.status(), shared.headers()['content-type']]).toEqual([200, 'image/webp']);

  // Scroll through the page so lazy pictures (the related cards) load too, then wait for them.
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(300);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
});
