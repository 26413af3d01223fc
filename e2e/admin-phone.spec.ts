import { adminPaths } from '../lib/admin/paths';
import { expect, test } from './admin-fixtures';
import { insertComment, insertUser } from './admin-db';
import { setRole } from './db';
import { insertAuthor, insertSection, insertTag } from './newsroom-db';
import { pickArticle } from './pages/admin-pages';

// Staff on a phone: every admin screen at 360 px, with the longest names and emails a newsroom has,
// scrolls only down. The list comes from lib/admin/paths.ts, so a new screen is checked by itself.

const PHONE = { width: 360, height: 740 };
// Spaced like real names: the section also shows in the reader's footer, which another test checks at 360 px.
const longName = 'عبد الرحمن بن محمد المتخصص في الشؤون الاقتصادية والسياسية للشرق الأوسط';
const longWord = 'كلمةطويلةجداًبلامسافاتتمتدعلىعرضالشاشةكلهاوأكثرمنذلكبكثيرحتىتتجاوزالحدود';

test('every admin screen fits a 360 px phone: no sideways scroll, the actions within reach', async ({ as, staff }) => {
  test.setTimeout(120_000);
  const { page } = await as(staff.admin);
  const article = await pickArticle(page, 'technology', 3);
  const writer = insertUser(`${longName} ${longName}`);
  setRole(writer.email, 'writer');
  for (let i = 0; i < 25; i++) {
    insertComment({ articleId: article.id, email: writer.email, body: `${longWord} تعليق رقم ${i} https://example.com/${longWord}`, status: i % 3 ? 'approved' : 'pending' });
  }
  const stamp = Math.random().toString(36).slice(2, 8);
  insertSection(`${longName} ${stamp}`, `phone-${stamp}-${'قسم-طويل-'.repeat(4)}`);
  insertTag(`${longName} ${stamp}`, `phone-${stamp}-${'وسم-طويل-'.repeat(4)}`);
  insertAuthor(`${longName} ${stamp}`, `phone-${stamp}-${'كاتب-طويل-'.repeat(4)}`);

  await page.setViewportSize(PHONE);
  await page.goto(adminPaths.articles);
  const editLink = await page.locator('main a[href^="/admin/articles/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')!).find((href) => /^\/admin\/articles\/\d+/.test(href)),
  );
  const paths = [
    ...Object.values(adminPaths),
    `${adminPaths.comments}?status=all`,
    `${adminPaths.users}?q=${encodeURIComponent(writer.email)}`,
    ...(editLink ? [editLink] : []),
  ];

  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);
    // Every button and link styled as one that the page shows lies within the screen's width.
    const outside = await page.locator('main').evaluate((main, screen) => {
      const controls = main.querySelectorAll('button, .admin-button, summary, input, select, textarea');
      return [...controls]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < -1 || box.right > screen + 1))
        .map(({ el, box }) => `${el.tagName.toLowerCase()} «${(el.textContent || (el as HTMLInputElement).name || '').trim().slice(0, 30)}» ${Math.round(box.left)}–${Math.round(box.right)}`);
    }, PHONE.width);
    expect(outside, path).toEqual([]);
  }
});
