import { gzipSync } from 'node:zlib';
import type { APIRequestContext, Page } from '@playwright/test';
import { commentCountForms, pluralize } from '@/lib/arabic/plural';
import { createMember } from './admin-fixtures';
import { expect, test } from './fixtures';
import { insertLegacyArticlePath, insertThreads, type Threads } from './comment-pages-db';
import { openSession } from './pages/admin-pages';
import { CommentSection } from './pages/comment-section';

// An article's comments in pages of top-level threads (the setting's default: 50), WordPress's
// …/comment-page-N. One after another: the last test changes the page size every page shares.
test.describe.configure({ mode: 'serial' });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** The top-level threads a page shows, and the comment pagination under them. */
const threadsOf = (page: Page) => page.locator('#comments > ol.comment-list > li');
const pagination = (page: Page) => page.getByRole('navigation', { name: 'صفحات التعليقات' });

/** 130 threads (3 pages): replies under threads 1–5 and 51–60, so page 2 has some. */
let article: Threads;
test.beforeAll(() => {
  article = insertThreads('صفحات', 130, [...range(1, 5), ...range(51, 60)]);
});

async function fetchPage(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0, headers: { 'accept-encoding': 'identity' } });
  // Next 16.4 repeats the Location header on a redirect's first (uncached) render: every copy must agree.
  const locations = [...new Set(response.headersArray().filter((h) => h.name.toLowerCase() === 'location').map((h) => h.value))];
  return { status: response.status(), headers: response.headers(), locations, body: await response.body() };
}

test('the article shows the first 50 threads with their replies, the total count and a link to the newer comments', async ({ page }) => {
  await page.goto(article.path);
  await expect(page.locator('#comments-title')).toHaveText(pluralize(article.total, commentCountForms));
  await expect(threadsOf(page)).toHaveCount(50);
  expect(await threadsOf(page).evaluateAll((items) => items.map((li) => li.id))).toEqual(article.roots.slice(0, 50).map((id) => `comment-${id}`));
  await expect(page.locator(`#comment-${article.roots[0]} > ol > li#comment-${article.replies.get(1)}`)).toBeVisible();
  await expect(page.locator(`#comment-${article.roots[50]}`)).toHaveCount(0);

  const nav = pagination(page);
  await expect(nav.getByRole('link', { name: 'تعليقات أحدث' })).toHaveAttribute('href', `${article.path}/comment-page-2`);
  await expect(nav.getByRole('link', { name: 'الصفحة ٣' })).toHaveAttribute('href', `${article.path}/comment-page-3`);
  await expect(nav.locator('[aria-current=page]')).toHaveText('١');
  await expect(nav.getByRole('link', { name: 'تعليقات أقدم' })).toHaveCount(0);
  await expect(page.locator('head link[rel=next]')).toHaveAttribute('href', `${article.path}/comment-page-2`);
  // The article's own page: its body is here, and the form.
  await expect(page.locator('.article__body')).toBeVisible();
  await expect(page.locator('#respond')).toContainText('اترك رد');
});

test('page 2 is its own cached page: the next threads with their replies, no article body, canonical, prev/next', async ({ page, request }) => {
  const path = `${article.path}/comment-page-2`;
  const first = await fetchPage(request, path);
  expect(first.status).toBe(200);
  expect(first.headers['x-khabar-hydration']).toBe('deferred');
  // A second anonymous request is answered by the micro-cache (STALE: after its second, while it refreshes).
  expect((await fetchPage(request, path)).headers['x-micro-cache']).toMatch(/^(HIT|STALE)$/);

  await page.goto(path);
  const title = `التعليقات على «${await page.locator('h1 a').textContent()}» — الصفحة ٢`;
  await expect(page).toHaveTitle(`${title} — خبر`);
  await expect(page.getByRole('heading', { level: 1 }).getByRole('link')).toHaveAttribute('href', article.path);
  await expect(page.locator('.breadcrumbs').getByRole('link').last()).toHaveAttribute('href', article.path);
  await expect(page.locator('head link[rel=canonical]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${path}$`));
  await expect(page.locator('head link[rel=prev]')).toHaveAttribute('href', article.path);
  await expect(page.locator('head link[rel=next]')).toHaveAttribute('href', `${article.path}/comment-page-3`);

  await expect(page.locator('#comments-title')).toHaveText(pluralize(article.total, commentCountForms));
  expect(await threadsOf(page).evaluateAll((items) => items.map((li) => li.id))).toEqual(article.roots.slice(50, 100).map((id) => `comment-${id}`));
  for (const n of range(51, 60)) {
    await expect(page.locator(`#comment-${article.roots[n - 1]} > ol > li#comment-${article.replies.get(n)}`)).toContainText(`ردّ على التعليق رقم ${n}`);
  }
  await expect(page.locator('.article__body')).toHaveCount(0);
  await expect(page.locator('#respond')).toContainText('يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.');
  const nav = pagination(page);
  await expect(nav.getByRole('link', { name: 'تعليقات أقدم' })).toHaveAttribute('href', article.path);
  await expect(nav.getByRole('link', { name: 'تعليقات أحدث' })).toHaveAttribute('href', `${article.path}/comment-page-3`);

  await page.goto(`${article.path}/comment-page-3`);
  await expect(threadsOf(page)).toHaveCount(30);
  await expect(pagination(page).getByRole('link', { name: 'تعليقات أحدث' })).toHaveCount(0);
});

test('comment-page-1 and stale slugs redirect; a page past the last one or a malformed one is a 404', async ({ page, request }) => {
  const location = async (path: string) => {
    const response = await fetchPage(request, path);
    expect(response.status, path).toBe(308);
    expect(response.locations, path).toHaveLength(1);
    return response.locations[0];
  };
  expect(await location(`${article.path}/comment-page-1`)).toBe(article.path);
  expect(await location(`/news/${article.id}/old-slug/comment-page-2`)).toBe(`${article.path}/comment-page-2`);
  expect(await location(`/news/${article.id}/old-slug/comment-page-1`)).toBe(article.path);
  // An old WordPress link to a comment page leads to the same page here.
  insertLegacyArticlePath(`/2019/05/${article.slug}`, article.id);
  expect(await location(`/2019/05/${encodeURIComponent(article.slug)}/comment-page-3/`)).toBe(`${article.path}/comment-page-3`);

  for (const path of ['comment-page-4', 'comment-page-0', 'comment-page-02', 'comment-page-x', 'page-2']) {
    const response = await page.goto(`${article.path}/${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('عذراً، لم نعثر على هذه الصفحة');
  }
});

test('a reply to a thread on page 2 is there at once; its permalinks lead to page 2; an own pending reply waits on any page', async ({ browser, baseURL, request }) => {
  const page2 = `${article.path}/comment-page-2`;
  const parentId = article.roots[59]!;
  await fetchPage(request, page2);
  await fetchPage(request, page2); // in both caches before the write

  // An admin replies without JavaScript (approved at once): the form's redirect is the comment's permalink.
  const admin = await createMember(browser, baseURL!, 'admin', 'مديرة');
  const plain = await openSession(browser, baseURL!, { storageState: admin.storageState, javaScriptEnabled: false });
  await plain.page.goto(`${article.path}/reply?replytocom=${parentId}`);
  await plain.page.getByLabel('التعليق').fill('ردّ الإدارة على التعليق رقم 60');
  await plain.page.getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(plain.page).toHaveURL(new RegExp(`${page2}#comment-\\d+$`));
  const replyId = Number(new URL(plain.page.url()).hash.slice('#comment-'.length));
  await expect(plain.page.locator(`#comment-${parentId} > ol > li#comment-${replyId}`)).toContainText('ردّ الإدارة على التعليق رقم 60');
  expect((await fetchPage(request, page2)).body.toString()).toContain('ردّ الإدارة على التعليق رقم 60');

  // The moderation screen's links: the parent and the reply itself, on page 2.
  await plain.page.goto(`/admin/comments?article=${article.id}&q=${encodeURIComponent('ردّ الإدارة')}`);
  const row = plain.page.locator(`tr[data-comment-id="${replyId}"]`);
  await expect(row.locator('.admin-parent a')).toHaveAttribute('href', `${page2}#comment-${parentId}`);
  await expect(row.locator('.admin-date a')).toHaveAttribute('href', `${page2}#comment-${replyId}`);
  await plain.context.close();

  // A newcomer's reply to the same thread waits for review; on page 1 it shows (to them) after the threads.
  const reader = await createMember(browser, baseURL!, 'commenter', 'قارئ جديد');
  const own = await openSession(browser, baseURL!, { storageState: reader.storageState });
  const posted = await own.page.request.post('/api/comments', { data: { articleId: article.id, parentId, body: 'ردّي ينتظر المراجعة' } });
  expect(((await posted.json()) as { comment: { status: string } }).comment.status).toBe('pending');
  await own.page.goto(article.path);
  await new CommentSection(own.page).reveal();
  await expect(own.page.locator('#own-root li[data-own]')).toContainText('تعليقك بانتظار المراجعة.');
  await expect(own.page.locator('#own-root li[data-own]')).toContainText('ردّي ينتظر المراجعة');
  await own.context.close();
});

test('an article with 500 comments weighs what one page of them weighs', async ({ request }) => {
  // 400 threads, replies under the first 100; and the same first page alone (50 threads, 50 replies).
  const many = insertThreads('خمسمئة', 400, range(1, 100));
  const onePage = insertThreads('صفحة', 50, range(1, 50));
  const none = insertThreads('بلا', 0, []);
  const sizes = Object.fromEntries(
    await Promise.all(
      Object.entries({ many, onePage, none }).map(async ([name, a]) => {
        const { status, body } = await fetchPage(request, a.path);
        expect(status, name).toBe(200);
        expect(body.toString().match(/<li id="comment-/g)?.length ?? 0, name).toBe(name === 'none' ? 0 : 100);
        return [name, { raw: body.length, gzip: gzipSync(body).length }] as const;
      }),
    ),
  );
  test.info().annotations.push({ type: 'sizes', description: JSON.stringify(sizes) });
  // Unpaged, the 500 comments made this page about 22 times the article without comments (1.2 MB).
  expect(sizes.many!.raw).toBeLessThan(sizes.onePage!.raw * 1.1);
  expect(sizes.many!.raw).toBeLessThan(sizes.none!.raw * 8);
});

test('the page size is a setting: the admin sets it and every comment page follows', async ({ browser, baseURL, request }) => {
  const admin = await createMember(browser, baseURL!, 'admin', 'مدير الإعدادات');
  const { page, context } = await openSession(browser, baseURL!, { storageState: admin.storageState });
  const save = async (value: string) => {
    await page.goto('/admin/settings');
    await page.getByLabel('عدد التعليقات الرئيسية في كل صفحة').fill(value);
    await page.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  };
  try {
    await save('عشرات');
    await expect(page.locator('#commentsPerPage-error')).toHaveText('اكتب عدد التعليقات في الصفحة رقماً صحيحاً.');
    // 100 keeps every other test's article on one page.
    await save('100');
    await expect(page.locator('.admin-notice')).toHaveText('تم حفظ الإعدادات. تنطبق القواعد الجديدة على التعليقات القادمة.');
    await page.goto(article.path);
    await expect(threadsOf(page)).toHaveCount(100);
    await page.goto(`${article.path}/comment-page-2`);
    await expect(threadsOf(page)).toHaveCount(30);
    expect((await fetchPage(request, `${article.path}/comment-page-3`)).status).toBe(404);
  } finally {
    await save('50');
    await expect(page.locator('.admin-notice')).toHaveText('تم حفظ الإعدادات. تنطبق القواعد الجديدة على التعليقات القادمة.');
    await context.close();
  }
});
