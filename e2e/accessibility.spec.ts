import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './admin-fixtures';
import { CommentSection } from './pages/comment-section';
import { insertApprovedComments, insertProbeArticle, insertUsers } from './xss-db';

// axe-core on every kind of screen: no violation of serious or critical impact. Found ones are
// fixed in the components, never by turning a rule off.

/** Pages anyone can open, audited signed out: search empty, with results and with none. */
export const PUBLIC_PAGES_TO_AUDIT = [
  '/',
  '/section/politics',
  '/section/economy/page/2',
  '/search',
  '/search?q=الزور',
  '/search?q=كلمةلاتوجد',
  '/login',
  '/signup',
];

type Finding = { rule: string; impact: string; help: string; nodes: string[] };

async function seriousFindings(page: Page): Promise<Finding[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact!, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** An article of its own with a thread (a comment and a reply), so no other test's page changes. */
function articleWithComments(run: string) {
  const body = Array.from({ length: 6 }, (_, i) => `الفقرة ${i + 1} من خبر يُختبر لسهولة الوصول.`).join('\n\n');
  const article = insertProbeArticle({ slug: `وصول-${run}`, title: `خبر لاختبار سهولة الوصول ${run}`, excerpt: 'مقتطف قصير', body });
  const [userId] = insertUsers([{ name: 'Lina ليلى', email: `lina-${run}@example.com` }]);
  const [first] = insertApprovedComments(article.id, [{ userId: userId!, body: 'تعليق أول على الخبر', parentId: null }]);
  insertApprovedComments(article.id, [{ userId: userId!, body: 'رد على التعليق الأول', parentId: first! }]);
  return article;
}

for (const path of PUBLIC_PAGES_TO_AUDIT) {
  test(`${path}: no serious or critical accessibility violation`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await seriousFindings(page)).toEqual([]);
  });
}

test('an article with its comments, signed out and signed in with the form open: no serious or critical violation', async ({
  page,
  as,
  newCommenter,
}) => {
  test.slow(); // a sign-up (Argon2) and three audits
  const { path } = articleWithComments(`${Date.now()}`);
  await page.goto(path);
  const signedOut = new CommentSection(page);
  await expect(signedOut.comment('رد على التعليق الأول')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);

  const reader = await as(await newCommenter('سهى'));
  await reader.page.goto(path);
  const section = new CommentSection(reader.page);
  await section.reveal();
  await expect(section.textarea).toBeVisible();
  expect(await seriousFindings(reader.page)).toEqual([]);
  // The form's error state too: an empty comment is refused beside the box.
  await section.submit.click();
  await expect(section.respond.getByRole('alert')).toBeVisible();
  expect(await seriousFindings(reader.page)).toEqual([]);
});

test('the admin comments screen and the article editor: no serious or critical violation', async ({ staff, as }) => {
  test.slow(); // three screens, each audited whole
  const { id } = articleWithComments(`admin-${Date.now()}`);
  const { page } = await as(staff.admin);
  await page.goto('/admin/comments');
  await expect(page.getByRole('heading', { level: 1, name: 'التعليقات' })).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);

  await page.goto(`/admin/articles/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[contenteditable=true]').first()).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);

  await page.goto('/admin/articles/new');
  await expect(page.locator('[contenteditable=true]').first()).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
});
