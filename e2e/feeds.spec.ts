import type { APIRequestContext, Page } from '@playwright/test';
import { all, one, parseXml, textOf, type XmlElement } from '../tests/unit/xml-tree';
import { expect, test } from './admin-fixtures';
import { insertComment } from './admin-db';
import { ageUserComments } from './db';
import { articleStatus, insertScheduledArticle, insertSection } from './newsroom-db';
import { pickArticle } from './pages/admin-pages';
import { structuredData } from './pages/structured-data';

// Feeds, sitemaps and structured data as a feed reader, a crawler and a link preview read them:
// every document goes through a real XML parser (sax, strict), every URL in it is absolute and answers.

const RSS = 'application/rss+xml; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

let base = '';
test.beforeEach(({ baseURL }) => {
  base = baseURL!;
});

async function fetchXml(request: APIRequestContext, url: string, type: string): Promise<XmlElement> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe(type);
  return parseXml(await response.text());
}

/** A feed's channel after the checks every feed passes: RSS 2.0, Arabic, its own address, absolute links. */
async function fetchChannel(request: APIRequestContext, url: string): Promise<XmlElement> {
  const rss = await fetchXml(request, url, RSS);
  expect(rss.name).toBe('rss');
  expect(rss.attributes.version).toBe('2.0');
  const channel = one(rss, 'channel');
  expect(textOf(channel, 'language')).toBe('ar');
  expect(one(channel, 'atom:link').attributes.href).toBe(url);
  expect(textOf(channel, 'link').startsWith(`${base}/`)).toBe(true);
  for (const item of all(channel, 'item')) {
    expect(textOf(item, 'link').startsWith(`${base}/news/`)).toBe(true);
    expect(textOf(item, 'title')).toMatch(/[\u0600-\u06FF]/);
    expect(Number.isNaN(Date.parse(textOf(item, 'pubDate')))).toBe(false);
    expect(textOf(item, 'dc:creator')).not.toBe('');
    expect(textOf(item, 'content:encoded')).not.toBe('');
  }
  return channel;
}

const titles = (channel: XmlElement) => all(channel, 'item').map((i) => textOf(i, 'title'));

/** The feeds a page names in its head, as [absolute URL, title]. */
async function feedLinks(page: Page): Promise<[string, string][]> {
  return page
    .locator('head link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((links) => links.map((l) => [(l as HTMLLinkElement).href, l.getAttribute('title') ?? ''] as [string, string]));
}

type NewsArticleLd = {
  datePublished: string;
  dateModified: string;
  author: { url: string }[];
  image: { url: string }[];
  publisher: { logo: { url: string } };
};

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');

test('the site, section, tag and author feeds are named in their pages’ heads and carry their newest articles whole', async ({ page, request }) => {
  await page.goto('/');
  expect(await feedLinks(page)).toEqual([[`${base}/feed`, 'خبر » الخلاصة']]);
  const site = await fetchChannel(request, `${base}/feed`);
  expect(textOf(site, 'title')).toBe('خبر');
  expect(all(site, 'item')).toHaveLength(20);
  // The home page's lead is the newest article (another test may publish one meanwhile).
  const newest = (await page.locator('main .card__title a').first().textContent())!.trim();
  expect(titles(site).slice(0, 2)).toContain(newest);

  await page.goto('/section/politics');
  const sectionLinks = await feedLinks(page);
  expect(sectionLinks).toEqual([
    [`${base}/feed`, 'خبر » الخلاصة'],
    [`${base}/section/politics/feed`, 'خبر » خلاصة قسم سياسة'],
  ]);
  const section = await fetchChannel(request, sectionLinks[1]![0]);
  expect(textOf(section, 'title')).toBe('خبر » سياسة');
  const onPage = (await page.locator('main .card__title a').allTextContents()).map((t) => t.trim());
  expect(titles(section).slice(0, onPage.length)).toEqual(onPage);
  for (const item of all(section, 'item')) expect(all(item, 'category').map((c) => c.text)).toContain('سياسة');

  // An article's tag and author pages, and their feeds: the seed's first article (id 1) is tagged,
  // and other specs publishing untagged articles into politics meanwhile cannot change which it is.
  await page.goto('/news/1/any-slug');
  const tagHref = await page.locator('a[rel="tag"]').first().getAttribute('href');
  const authorHref = await page.locator('a[rel="author"]').first().getAttribute('href');
  for (const href of [tagHref!, authorHref!]) {
    await page.goto(href);
    const [, own] = await feedLinks(page);
    expect(own![0]).toBe(`${base}${href}/feed`);
    const channel = await fetchChannel(request, own![0]);
    expect(all(channel, 'item').length).toBeGreaterThan(0);
    const first = textOf(all(channel, 'item')[0]!, 'link');
    expect((await request.get(first)).status()).toBe(200);
  }

  const missing = await request.get('/section/no-such-section/feed');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('لا يوجد قسم بهذا العنوان');
});

test('an article’s comments feed carries its approved comments at once, never a held one, and moves with its slug', async ({ page, request, newCommenter, as }) => {
  test.setTimeout(90_000);
  const article = await pickArticle(page, 'economy', 2);
  await page.goto(article.path);
  const links = await feedLinks(page);
  const commentsFeed = `${base}${article.path}/feed`;
  expect(links.map(([url]) => url)).toEqual([`${base}/feed`, commentsFeed, `${base}/section/economy/feed`]);
  expect(links[1]![1]).toMatch(/^خبر » خلاصة التعليقات على «.+»$/);
  // In the caches (Next's and the micro-cache) before the comments arrive.
  const before = all(await fetchChannel(request, commentsFeed), 'item').length;
  await fetchChannel(request, commentsFeed);

  const commenter = await newCommenter('ريم');
  // Someone with an approved comment already (elsewhere): their next one is published at once.
  const elsewhere = await pickArticle(page, 'economy', 3);
  insertComment({ articleId: elsewhere.id, email: commenter.email, body: 'تعليق سابق معتمد', status: 'approved' });
  ageUserComments(commenter.email, 60_000);
  const reader = await as(commenter);
  const stamp = Date.now().toString(36);
  const shown = `تعليق يظهر في الخلاصة ${stamp}`;
  const held = `تعليق فيه رابطان ينتظر المراجعة ${stamp} https://example.org/a https://example.org/b`;
  const first = await reader.page.request.post('/api/comments', { data: { articleId: article.id, body: shown } });
  expect(first.status()).toBe(201);
  expect((await first.json()).comment.status).toBe('approved');
  ageUserComments(commenter.email, 60_000);
  const second = await reader.page.request.post('/api/comments', { data: { articleId: article.id, body: held } });
  expect(second.status()).toBe(201);
  expect((await second.json()).comment.status).toBe('pending');

  const channel = await fetchChannel(request, commentsFeed);
  const items = all(channel, 'item');
  expect(items).toHaveLength(before + 1);
  expect(items.map((i) => textOf(i, 'content:encoded')).join()).not.toContain('ينتظر المراجعة');
  expect(textOf(items[0]!, 'title')).toBe(`بواسطة: ${commenter.name}`);
  expect(textOf(items[0]!, 'content:encoded')).toBe(`<p>${shown}</p>`);
  expect(textOf(items[0]!, 'link')).toMatch(new RegExp(`^${base}${article.path}#comment-\\d+$`));

  const stale = await request.get(`/news/${article.id}/slug-qadim/feed`, { maxRedirects: 0 });
  expect(stale.status()).toBe(308);
  expect(stale.headers().location).toBe(`${article.path}/feed`);
  const gone = await request.get('/news/999999/x/feed');
  expect(gone.status()).toBe(404);
  expect(await gone.text()).toContain('لا يوجد مقال منشور بهذا العنوان');
});

test('robots.txt names the sitemap index, whose files list every reader page by an address that answers', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${base}/sitemaps/news.xml`);
  expect(robots).toMatch(/Disallow: \/admin/);

  const index = await fetchXml(request, `${base}/sitemap.xml`, XML);
  expect(index.name).toBe('sitemapindex');
  expect(index.uri).toBe(SITEMAP_NS);
  const files = all(index, 'sitemap').map((s) => textOf(s, 'loc'));
  expect(files).toEqual(expect.arrayContaining([`${base}/sitemaps/news.xml`, `${base}/sitemaps/sections.xml`, `${base}/sitemaps/articles-1.xml`, `${base}/sitemaps/tags-1.xml`, `${base}/sitemaps/authors-1.xml`]));
  const articleFile = all(index, 'sitemap').find((s) => textOf(s, 'loc').endsWith('/articles-1.xml'))!;
  expect(textOf(articleFile, 'lastmod')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

  const listed: string[] = [];
  for (const file of files) {
    const urlset = await fetchXml(request, file, XML);
    expect(urlset.name, file).toBe('urlset');
    const locs = all(urlset, 'url').map((u) => textOf(u, 'loc'));
    for (const loc of locs) expect(loc.startsWith(`${base}/`), loc).toBe(true);
    if (file.endsWith('/articles-1.xml')) for (const url of all(urlset, 'url')) expect(Date.parse(textOf(url, 'lastmod'))).toBeGreaterThan(0);
    if (file.endsWith('/news.xml')) {
      expect(locs.length).toBeGreaterThan(0);
      for (const url of all(urlset, 'url')) {
        const news = one(url, 'news:news');
        expect(textOf(one(news, 'news:publication'), 'news:name')).toBe('خبر');
        expect(textOf(one(news, 'news:publication'), 'news:language')).toBe('ar');
        expect(Date.now() - Date.parse(textOf(news, 'news:publication_date'))).toBeLessThan(48 * 3600 * 1000);
        expect(textOf(news, 'news:title')).toMatch(/[\u0600-\u06FF]/);
      }
    }
    listed.push(...locs);
  }
  expect(listed).toEqual(expect.arrayContaining([`${base}/`, `${base}/section/politics`]));
  expect(listed.some((l) => l.startsWith(`${base}/news/`))).toBe(true);
  expect(listed.some((l) => l.startsWith(`${base}/tag/`))).toBe(true);
  expect(listed.some((l) => l.startsWith(`${base}/author/`))).toBe(true);
  // One of each kind answers 200 where it says.
  for (const prefix of ['/news/', '/section/', '/tag/', '/author/']) {
    const url = listed.find((l) => l.startsWith(`${base}${prefix}`))!;
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
  }
  expect((await request.get('/sitemaps/articles-999.xml')).status()).toBe(404);
  expect((await request.get('/sitemaps/anything.xml')).status()).toBe(404);
});

test('an article that goes live shows at once in the site and section feeds, the news sitemap and the index’s lastmod', async ({ request }) => {
  test.setTimeout(45_000);
  const stamp = Math.random().toString(36).slice(2, 8);
  const section = insertSection(`قسم الخلاصات ${stamp}`, `feeds-${stamp}`);
  const title = `خبر يصل إلى الخلاصة ${stamp}`;
  const sectionFeed = `${base}/section/${section.slug}/feed`;
  // Everything in the caches first.
  for (let i = 0; i < 2; i++) {
    await fetchChannel(request, `${base}/feed`);
    await fetchChannel(request, sectionFeed);
    await fetchXml(request, `${base}/sitemaps/news.xml`, XML);
    await fetchXml(request, `${base}/sitemap.xml`, XML);
  }
  const dueAt = Date.now() + 3_000;
  const id = insertScheduledArticle(title, dueAt, section.slug);
  await expect.poll(() => articleStatus(id)?.status, { timeout: 15_000 }).toBe('published');

  expect(titles(await fetchChannel(request, `${base}/feed`))[0]).toBe(title);
  expect(titles(await fetchChannel(request, sectionFeed))).toEqual([title]);
  const news = await fetchXml(request, `${base}/sitemaps/news.xml`, XML);
  expect(all(news, 'url').map((u) => textOf(one(u, 'news:news'), 'news:title'))).toContain(title);
  const index = await fetchXml(request, `${base}/sitemap.xml`, XML);
  const articleFile = all(index, 'sitemap').find((s) => textOf(s, 'loc').endsWith('/articles-1.xml'))!;
  expect(Date.parse(textOf(articleFile, 'lastmod'))).toBeGreaterThanOrEqual(Math.floor(dueAt / 1000) * 1000);
});

test('an article carries NewsArticle and BreadcrumbList JSON-LD, Open Graph, a large Twitter card and large image previews', async ({ page, request }) => {
  const article = await pickArticle(page, 'politics', 1);
  await page.goto(article.path);
  const headline = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const data = await structuredData(page);
  const news = data.find((d) => d['@type'] === 'NewsArticle') as NewsArticleLd;
  expect(news).toMatchObject({ '@context': 'https://schema.org', headline, inLanguage: 'ar', url: `${base}${article.path}` });
  expect(news.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(Date.parse(news.dateModified)).toBeGreaterThanOrEqual(Date.parse(news.datePublished));
  expect(news.author[0]!).toMatchObject({ '@type': 'Person', name: expect.any(String), url: expect.stringMatching(`^${base}/author/`) });
  expect(news.publisher).toMatchObject({ '@type': 'Organization', name: 'خبر', logo: { '@type': 'ImageObject', url: `${base}/brand/logo-512.png`, width: 512, height: 512 } });
  expect(news.image[0]!.url).toMatch(new RegExp(`^${base}/`));
  for (const url of [news.author[0]!.url, news.image[0]!.url]) expect((await request.get(url)).status(), url).toBe(200);
  const logo = await request.get(news.publisher.logo.url);
  expect(logo.status()).toBe(200);
  expect(logo.headers()['content-type']).toBe('image/png');

  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
  expect(crumbs.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: `${base}/` },
    { '@type': 'ListItem', position: 2, name: 'سياسة', item: `${base}/section/politics` },
    { '@type': 'ListItem', position: 3, name: headline, item: `${base}${article.path}` },
  ]);

  expect(await meta(page, 'robots')).toContain('max-image-preview:large');
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:title')).toBe(headline);
  expect(await meta(page, 'og:url')).toBe(`${base}${article.path}`);
  expect(await meta(page, 'og:image')).toMatch(new RegExp(`^${base}/`));
  expect(await meta(page, 'article:published_time')).toBe(news.datePublished);
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'twitter:image')).toMatch(new RegExp(`^${base}/`));
});

test('home, sections, tags and authors carry Open Graph, a Twitter card with the site’s picture, and sections their breadcrumb', async ({ page, request }) => {
  for (const path of ['/', '/section/politics', '/section/politics/page/2']) {
    await page.goto(path);
    expect(await meta(page, 'robots'), path).toContain('max-image-preview:large');
    expect(await meta(page, 'og:type'), path).toBe('website');
    expect(await meta(page, 'og:site_name'), path).toBe('خبر');
    expect(await meta(page, 'og:locale'), path).toBe('ar_AR');
    expect(await meta(page, 'twitter:card'), path).toBe('summary_large_image');
    const image = (await meta(page, 'og:image'))!;
    expect(image, path).toBe(`${base}/brand/share-1200x630.png`);
    expect(await meta(page, 'twitter:image'), path).toBe(image);
  }
  const share = await request.get('/brand/share-1200x630.png');
  expect(share.headers()['content-type']).toBe('image/png');

  await page.goto('/section/politics');
  const crumbs = (await structuredData(page)).find((d) => d['@type'] === 'BreadcrumbList');
  expect(crumbs).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: `${base}/` },
      { '@type': 'ListItem', position: 2, name: 'سياسة', item: `${base}/section/politics` },
    ],
  });
});

test('WordPress’s feed and sitemap addresses move to Khabar’s in one step', async ({ request }) => {
  for (const [from, to] of [
    ['/feed/', '/feed'],
    ['/feed/rss2/', '/feed'],
    ['/?feed=rss2', '/feed'],
    ['/wp-sitemap.xml', '/sitemap.xml'],
    ['/sitemap_index.xml', '/sitemap.xml'],
    ['/section/politics/feed/', '/section/politics/feed'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers().location!, base).pathname, from).toBe(to);
  }
});
