import { execFile } from 'node:child_process';
import path from 'node:path';
import { test, expect } from './admin-fixtures';
import { e2eDatabase } from './db';
import { signUp } from './pages/auth-pages';

// The WordPress import end to end: the CLI imports the project's fixture into the running
// server's database (no restart), then readers, old links, the admin screen and the account page
// show what came in.

const FIXTURE = path.resolve('tests/fixtures/wordpress/sahifa-export.xml');
const SITE = 'https://old.sahifa.test';
const enc = encodeURIComponent;

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/import-wordpress.ts', ...args],
      { env: { ...process.env, DATABASE_URL: `file:${process.env.KHABAR_E2E_DB}` }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function imported(wpId: number): { id: number; slug: string; path: string; status: string } {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare(
        `select a.id, a.slug, a.status from wp_import_map m join articles a on a.id = m.local_id
         where m.site = ? and m.kind = 'post' and m.wp_id = ?`,
      )
      .get(SITE, wpId) as { id: number; slug: string; status: string };
    return { ...row, path: `/news/${row.id}/${enc(row.slug)}` };
  } finally {
    db.close();
  }
}

test.describe.configure({ mode: 'serial' });

let cli: Awaited<ReturnType<typeof runCli>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cli = await runCli([FIXTURE]);
});

test('the CLI imports the export while the site runs and names the broken item\'s line', () => {
  expect(cli.stderr).not.toMatch(/Error|at .*\.ts:/);
  expect(cli.code).toBe(1);
  expect(cli.stdout).toContain('articles: 7 imported');
  expect(cli.stdout).toContain('comments: 6 imported');
  expect(cli.stdout).toMatch(/line 247, item 207: XML error at line 248/);
});

test('an imported article shows its body and only its approved thread', async ({ page }) => {
  const article = imported(201);
  await page.goto(article.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('السيول تجتاح وادي حضرموت “وتقطع” الطرق & الجسور');
  const body = page.locator('.article__body');
  await expect(body.getByText('اجتاحت السيول مساء الثلاثاء مدناً عدة في وادي حضرموت')).toBeVisible();
  await expect(body.getByText('قال الدفاع المدني إن فرقه «تعمل على مدار الساعة».')).toBeVisible();
  await expect(body.getByText('سيارات عالقة في مياه السيول قرب سيئون')).toBeVisible();
  await expect(page.locator('script', { hasText: "document.write('x')" })).toHaveCount(0);
  const comments = page.locator('#comments');
  await expect(comments.getByText('تعليق ليلى: الله يحفظ أهل حضرموت & يعوضهم.')).toBeVisible();
  await expect(comments.getByText('ردّ سالم: الطريق إلى تريم مقطوع منذ العصر.')).toBeVisible();
  await expect(comments.getByText('ليلى حداد').first()).toBeVisible();
  for (const hidden of ['تعليق بانتظار المراجعة', 'تعليق مزعج', 'تعليق في المهملات', 'إشارة من مدونة']) {
    await expect(page.getByText(hidden)).toHaveCount(0);
  }
  // The reply is nested under the comment it answers.
  await expect(comments.locator('li', { hasText: 'تعليق ليلى' }).locator('li', { hasText: 'ردّ سالم' })).toHaveCount(1);
});

test('a post with comments closed in WordPress has them closed here', async ({ page }) => {
  await page.goto(imported(203).path);
  await expect(page.getByText('تعليق ليلى على الفائدة: القروض ستغلو.')).toBeVisible();
  await expect(page.locator('#comments').getByText('التعليقات مغلقة على هذا المقال.').first()).toBeVisible();
});

test('the draft, the pending and the scheduled posts stay off the site', async ({ request }) => {
  expect(imported(204).status).toBe('draft');
  expect(imported(205).status).toBe('review');
  expect(imported(206).status).toBe('scheduled');
  for (const wpId of [204, 205, 206]) {
    expect((await request.get(imported(wpId).path)).status()).toBe(404);
  }
});

test('every old link answers one 308 to its new address', async ({ request }) => {
  const article = imported(201);
  const slug = enc('السيول-تجتاح-وادي-حضرموت');
  const cases: [string, string][] = [
    [`/2019/05/${slug}/`, article.path],
    [`/2019/05/${slug.toLowerCase()}/`, article.path],
    [`/2019/05/21/${slug}/`, article.path],
    [`/${slug}/`, article.path],
    [`/2019/05/${enc('أمطار-غزيرة-في-حضرموت')}/`, article.path],
    ['/?p=201', article.path],
    [`/category/${enc('محليات')}/${enc('حضرموت')}/`, `/section/${enc('حضرموت')}`],
    ['/category/money/', '/section/money'],
    [`/tag/${enc('سيول')}/`, `/tag/${enc('سيول')}`],
    ['/author/huda-s/', '/author/huda-s'],
  ];
  for (const [old, target] of cases) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(308);
    expect(response.headers().location, old).toBe(target);
    expect((await request.get(target, { maxRedirects: 0 })).status(), target).toBe(200);
  }
  // Not an old address of ours: Next's own answer.
  expect((await request.get('/2019/05/no-such-post/', { maxRedirects: 0 })).status()).not.toBe(200);
});

test('the admin screen imports an upload, shows the summary, and refuses a file that is not XML', async ({ as, staff }) => {
  const { page } = await as(staff.admin);
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'الاستيراد من ووردبريس' })).toBeVisible();
  await page.getByLabel('ملف التصدير من ووردبريس (XML)').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'ابدأ الاستيراد' }).click();
  await expect(page.getByText('انتهى الاستيراد. الملخص أدناه.')).toBeVisible({ timeout: 30_000 });
  const latest = page.getByTestId('import-runs').locator('> li').first();
  await expect(latest).toContainText('sahifa-export.xml');
  // The CLI imported the same file already: nothing new, nothing twice.
  await expect(latest.getByTestId('import-summary')).toContainText('المقالات: ٠ جديدة، ٠ محدَّثة، ٧ دون تغيير');
  await expect(latest.getByTestId('import-failures')).toContainText('السطر ٢٤٧ (العنصر ٢٠٧)');

  await page.getByLabel('ملف التصدير من ووردبريس (XML)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('هذه ملاحظات وليست ملف تصدير') });
  await page.getByRole('button', { name: 'ابدأ الاستيراد' }).click();
  await expect(page.locator('form [role="alert"]')).toHaveText(/الملف المرفوع ليس ملف XML، فلم يُستورد منه شيء/);

  const html = await page.request.post('/api/admin/import', {
    data: '<!DOCTYPE html><html><body>خطأ</body></html>',
    headers: { 'content-type': 'application/xml', origin: new URL(page.url()).origin },
  });
  expect(html.status()).toBe(422);
  expect((await html.json()).message).toMatch(/ليس ملف تصدير من ووردبريس/);
});

test('the upload route refuses anyone but an admin, before reading the file', async ({ as, staff, request }) => {
  expect((await request.post('/api/admin/import', { data: '<rss/>' })).status()).toBe(401);
  const { page } = await as(staff.moderator);
  await page.goto('/');
  const response = await page.request.post('/api/admin/import', { data: '<rss/>', headers: { origin: new URL(page.url()).origin } });
  expect(response.status()).toBe(403);
});

test('someone who signs up with a guest commenter\'s email sees those comments on their account page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'ar' });
  const page = await context.newPage();
  await signUp(page, { name: 'ليلى حداد', email: 'Layla.Haddad@example.org', password: 'كلمة-سر-طويلة-لليلى' });
  await page.goto('/account');
  const earlier = page.getByRole('region', { name: 'تعليقات سابقة باسمك' });
  await expect(earlier.getByText('تعليق ليلى: الله يحفظ أهل حضرموت & يعوضهم.')).toBeVisible();
  await expect(earlier.getByText('تعليق ليلى على الفائدة: القروض ستغلو.')).toBeVisible();
  // Not the trashed one.
  await expect(earlier.getByText('تعليق في المهملات')).toHaveCount(0);
  const article = imported(201);
  await expect(earlier.getByRole('link', { name: 'السيول تجتاح وادي حضرموت “وتقطع” الطرق & الجسور' })).toHaveAttribute('href', new RegExp(`^${article.path}#comment-\\d+$`));
  await context.close();
});
