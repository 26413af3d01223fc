import type { Page, Request } from '@playwright/test';
import { richBodyHtml } from '../tests/fixtures/rich-body';
import { articlePath } from '../lib/urls';
import { e2eDatabase } from './db';
import { expect, seedArticle, test } from './fixtures';

// An article whose body was written in the editor: stored as the HTML renderBody made of it at save
// (tests/fixtures/rich-body.ts; tests/unit/rich-text-render.test.ts keeps the two in step). The reader
// page shows it as it is, YouTube loads only on a click, and seed articles are untouched.

const run = `${Date.now().toString(36)}${process.pid}`;

function insertRichArticle(): string {
  const db = e2eDatabase();
  try {
    const published = Date.now() - 400 * 86_400_000;
    const slug = `موازنة-${run}`;
    const text = richBodyHtml.replace(/<\/(p|h\d|li)>/g, '\n\n').replace(/<[^>]+>/g, '');
    const result = db
      .prepare(
        `insert into articles (slug, title, excerpt, body, body_html, render_version, section_id, author_id, status, published_at, updated_at)
         values (?, ?, '', ?, ?, 1, (select id from sections order by id limit 1), (select id from authors order by id limit 1), 'published', ?, ?)`,
      )
      .run(slug, `الحكومة تقرّ الموازنة ${run}`, text, richBodyHtml, published, published);
    return articlePath({ id: Number(result.lastInsertRowid), slug });
  } finally {
    db.close();
  }
}

function seedArticlePath(): string {
  const db = e2eDatabase();
  try {
    const row = db.prepare('select id, slug from articles where title = ?').get(seedArticle.title) as { id: number; slug: string };
    return articlePath(row);
  } finally {
    db.close();
  }
}

type Script = { url: string; editor: boolean };

/** Every script file a page loads: does it carry any of the editor (TipTap/ProseMirror)? */
function watchScripts(page: Page): Script[] {
  const scripts: Script[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const text = await response.text().catch(() => '');
    scripts.push({ url: new URL(response.url()).pathname, editor: /prosemirror|tiptap/i.test(text) });
  });
  return scripts;
}

test('a body written in the editor: headings, lists, quote, directions, and YouTube only after a click', async ({ page, context }) => {
  const offSite: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  page.on('request', (request: Request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') offSite.push(request.url());
  });
  const scripts = watchScripts(page);

  await page.goto(insertRichArticle());
  const body = page.locator('.article__body');
  await expect(body.getByRole('heading', { level: 2, name: 'أبرز بنود الموازنة' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 3, name: 'مراحل التنفيذ' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 4, name: 'ردود الفعل الدولية' })).toBeVisible();
  await expect(body.locator('ul > li')).toHaveText(['زيادة الرواتب', 'دعم الكهرباء', 'خفض العجز']);
  await expect(body.locator('ol > li')).toHaveText(['إقرار في البرلمان', 'نشر في الجريدة الرسمية']);
  await expect(body.locator('blockquote')).toHaveText('هذه موازنة إصلاح لا موازنة أرقام');
  await expect(body.locator('strong')).toHaveText('مشروع الموازنة');
  await expect(body.getByRole('link', { name: 'التقرير الرسمي' })).toHaveAttribute('href', 'https://example.org/budget');

  const direction = (text: string) => body.getByText(text).evaluate((el) => getComputedStyle(el).direction);
  expect(await direction('"We welcome the decision," said the head of the IMF mission in a statement.')).toBe('ltr');
  expect(await direction('Apple تعلن عن هاتف جديد يدعم اللغة العربية بالكامل في مؤتمرها السنوي.')).toBe('rtl');
  expect(await direction('وتبدأ الحكومة تطبيق الموازنة مطلع العام المقبل.')).toBe('rtl');

  // Before the click: a link to YouTube, no frame, nothing requested from YouTube (or anyone else).
  const video = body.getByRole('link', { name: 'شاهد الفيديو على يوتيوب' });
  await expect(video).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await expect(body.getByRole('link', { name: 'اقرأ المنشور على إكس' })).toHaveAttribute('href', 'https://x.com/jack/status/1460323737035677698');
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(offSite).toEqual([]);
  // The click-to-load is a few lines of inline script: no JavaScript file, no framework, at load.
  expect(scripts).toEqual([]);
  expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src && !s.type && s.text.includes('youtube-nocookie.com/embed/')).length)).toBe(1);

  const player = page.waitForRequest((request) => request.url().startsWith('https://www.youtube-nocookie.com/'));
  await video.click();
  const frame = body.locator('figure.embed[data-embed="youtube"] iframe');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  await expect(frame).toBeVisible();
  // The CSP's frame-src let the frame load (a blocked frame would never be requested).
  expect((await player).url()).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  expect(page.url()).not.toContain('youtube');
  expect(offSite.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
  // The X post stays a link card: no frame of its own.
  await expect(page.locator('iframe')).toHaveCount(1);
  expect(scripts).toEqual([]);
});

test('a seed article still shows its plain paragraphs exactly as before, and loads none of the editor', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto(seedArticlePath());
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  // Once the comments come near, the framework loads: still none of the editor.
  await page.evaluate(() => document.getElementById('comments')!.scrollIntoView());
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((script) => script.editor)).toEqual([]);
  const paragraphs = await page.locator('.article__body').evaluate((el) =>
    Array.from(el.children).map((child) => ({ tag: child.tagName, attributes: child.attributes.length, text: child.textContent })),
  );
  expect(paragraphs).toEqual(seedArticle.paragraphs.map((text) => ({ tag: 'P', attributes: 0, text })));
});
