import type { Browser, Locator, Page } from '@playwright/test';
import { createMember, expect, test, type Member } from './admin-fixtures';
import { e2eDatabase } from './db';

// Writing and publishing from /admin/articles: writers, editors, moderators and readers, each in a
// browser of their own. Articles a test needs but does not write through the screen are stored
// directly (the "own" article of a test, never a seeded one, so no other spec sees a change).

// Each test drives two to four browsers through a production build on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

type NewsroomRole = 'writer' | 'editor';

function withDb<T>(fn: (db: ReturnType<typeof e2eDatabase>) => T): T {
  const db = e2eDatabase();
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function newsroomMember(browser: Browser, baseURL: string, role: NewsroomRole, name: string): Promise<Member> {
  const member = await createMember(browser, baseURL, 'commenter', name);
  withDb((db) => db.prepare('update users set role = ? where email = ?').run(role, member.email.toLowerCase()));
  return member;
}

const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type Stored = { id: number; slug: string; title: string };

/** An article stored behind the screen's back, owned by `email` (created_by), in the first section. */
function insertArticle(input: { title: string; status: 'draft' | 'review' | 'scheduled' | 'published'; ownerEmail?: string; body?: string }): Stored {
  return withDb((db) => {
    const now = Date.now();
    const slug = input.title.replace(/\s+/g, '-');
    const result = db
      .prepare(
        `insert into articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at, created_by, version)
         values (?, ?, '', ?, (select id from sections order by position limit 1), (select id from authors order by id limit 1), ?, ?, ?,
                 (select id from users where email = ?), 1)`,
      )
      .run(slug, input.title, input.body ?? 'فقرة أولى من نص المقال.', input.status, input.status === 'published' ? now - 60_000 : null, now, (input.ownerEmail ?? '').toLowerCase());
    return { id: Number(result.lastInsertRowid), slug, title: input.title };
  });
}

function storedArticle(id: number) {
  return withDb(
    (db) =>
      db.prepare('select title, status, version, body, published_at as publishedAt from articles where id = ?').get(id) as
        | { title: string; status: string; version: number; body: string; publishedAt: number | null }
        | undefined,
  );
}

function revisionKinds(id: number): { kind: string; title: string }[] {
  return withDb((db) => db.prepare('select kind, title from article_revisions where article_id = ? order by id').all(id) as { kind: string; title: string }[]);
}

const editPath = (id: number) => `/admin/articles/${id}/edit`;
const idFromEditUrl = (url: string) => Number(/\/admin\/articles\/(\d+)\/edit/.exec(url)![1]);

/** The body: typed into the rich-text editor (or, before it exists, the plain box standing in for it). */
async function typeBody(page: Page, text: string) {
  const body = page.locator('.article-form__body');
  const editable = body.locator('[contenteditable="true"]');
  if (await editable.count()) {
    await editable.first().click();
    await page.keyboard.type(text);
  } else {
    await body.getByRole('textbox').first().fill(text);
  }
}

const notice = (page: Page) => page.locator('.admin-notice').first();
const formAlert = (page: Page) => page.locator('.article-form .admin-notice--error');
const rowOf = (page: Page, title: string): Locator => page.locator('li.article-row').filter({ has: page.locator('.article-row__title', { hasText: title }) });
const statusRadio = (page: Page, label: RegExp) => page.getByRole('radio', { name: label });

async function save(page: Page) {
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
}

test('a writer drafts and submits for review; cannot publish, even by forcing the actions', async ({ browser, baseURL, as }) => {
  const writer = await newsroomMember(browser, baseURL!, 'writer', 'كاتبة');
  const { page } = await as(writer);
  await page.goto('/admin/articles');
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
  await page.getByRole('link', { name: 'مقال جديد' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'مقال جديد' })).toBeVisible();

  // The slug follows the title once the form runs its script (the body editor is its sign).
  await expect(page.locator('.article-form__body [contenteditable="true"]')).toBeVisible();
  const title = unique('الحكومة تقرّ موازنة العام المقبل');
  await page.getByLabel('العنوان', { exact: true }).fill(title);
  await expect(page.getByLabel('المعرّف في الرابط')).toHaveValue(/^الحكومة-تقر-موازنة-العام-المقبل/);
  await page.getByLabel('الملخّص').fill('ملخص قصير للخبر.');
  await typeBody(page, 'أقرّ مجلس الوزراء مشروع الموازنة بعد نقاش طويل.');
  await page.getByLabel('القسم').selectOption({ label: 'اقتصاد' });
  // A writer is offered only a draft or a submission; the author is their own account.
  await expect(statusRadio(page, /^مسودة/)).toBeChecked();
  await expect(statusRadio(page, /^منشور/)).toHaveCount(0);
  await expect(statusRadio(page, /^مجدول/)).toHaveCount(0);
  await expect(page.locator('.article-form__author')).toContainText(writer.name);
  await save(page);

  await expect(page).toHaveURL(/\/admin\/articles\/\d+\/edit\?created=1$/);
  await expect(notice(page)).toHaveText('تم إنشاء المقال وحفظه.');
  const id = idFromEditUrl(page.url());
  expect(storedArticle(id)).toMatchObject({ title, status: 'draft', version: 1, body: 'أقرّ مجلس الوزراء مشروع الموازنة بعد نقاش طويل.' });

  // Forcing the list's action: the delete form (a writer may delete their own draft) turned into "publish".
  await page.goto('/admin/articles?status=draft');
  const row = rowOf(page, title);
  await expect(row.getByRole('button', { name: /^نشر/ })).toHaveCount(0);
  await row.locator('summary', { hasText: 'حذف' }).click();
  await row.locator('input[name="intent"]').evaluate((input: HTMLInputElement) => (input.value = 'publish'));
  await row.getByRole('button', { name: 'نعم، احذف المقال' }).click();
  await expect(notice(page)).toHaveText('لا تملك صلاحية القيام بهذا الإجراء على هذا المقال.');
  expect(storedArticle(id)?.status).toBe('draft');

  // Submit for review.
  await page.goto(editPath(id));
  await statusRadio(page, /^بانتظار المراجعة/).check();
  await save(page);
  await expect(notice(page)).toHaveText('تم حفظ المقال وإرساله للمراجعة.');
  expect(storedArticle(id)).toMatchObject({ status: 'review', version: 2 });

  // Forcing the editor's action: a status the screen does not offer (the checked radio's value rewritten).
  await statusRadio(page, /^بانتظار المراجعة/).evaluate((input: HTMLInputElement) => (input.value = 'published'));
  await save(page);
  await expect(formAlert(page)).toHaveText('لا تملك صلاحية نشر المقالات أو جدولتها. احفظه مسودة أو أرسله للمراجعة.');
  await expect(formAlert(page)).toHaveAttribute('data-status', '403');
  expect(storedArticle(id)?.status).toBe('review');

  // The list shows it under «بانتظار المراجعة», with no publish button; others' articles are not listed.
  await page.goto('/admin/articles?status=review');
  await expect(rowOf(page, title)).toHaveCount(1);
  await expect(rowOf(page, title).getByRole('button', { name: /^نشر/ })).toHaveCount(0);
  await page.goto('/admin/articles?status=published');
  await expect(page.locator('li.article-row')).toHaveCount(0);
  // Someone else's draft: neither its editor nor its preview.
  const others = insertArticle({ title: unique('مسودة زميل'), status: 'draft' });
  expect((await page.goto(editPath(others.id)))?.status()).toBe(403);
  expect((await page.goto(`/admin/articles/${others.id}/preview`))?.status()).toBe(403);
});

test('an editor publishes a submitted article from «بانتظار المراجعة», readers see it, unpublishing hides it', async ({ browser, baseURL, as }) => {
  const writer = await newsroomMember(browser, baseURL!, 'writer', 'كاتب');
  const editor = await newsroomMember(browser, baseURL!, 'editor', 'محرّرة');
  const article = insertArticle({ title: unique('خبر ينتظر المراجعة'), status: 'review', ownerEmail: writer.email, body: 'نص الخبر المرسل للمراجعة.' });
  const { page } = await as(editor);
  await page.goto('/admin/articles');
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات والتعليقات' })).toBeVisible();
  await page.getByRole('navigation', { name: 'حالات المقالات' }).getByRole('link', { name: /^بانتظار المراجعة/ }).click();
  await expect(page).toHaveURL(/status=review/);
  const row = rowOf(page, article.title);
  await row.getByRole('button', { name: /^نشر/ }).click();
  await expect(notice(page)).toHaveText(`نُشر «${article.title}».`);
  expect(storedArticle(article.id)?.status).toBe('published');

  const reader = await as(null);
  const path = `/news/${article.id}/${encodeURIComponent(article.slug)}`;
  expect((await reader.page.goto(path))?.status()).toBe(200);
  await expect(reader.page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(reader.page.locator('.article__body')).toContainText('نص الخبر المرسل للمراجعة.');

  await page.goto('/admin/articles?status=published');
  await rowOf(page, article.title).getByRole('button', { name: /^إلغاء نشر/ }).click();
  await expect(notice(page)).toHaveText(`أُلغي نشر «${article.title}» وأصبح مسودة.`);
  expect(storedArticle(article.id)?.status).toBe('draft');
  expect((await reader.page.goto(path))?.status()).toBe(404);
});

test('two editors save the same article at once: the second is told, and keeps and stores what they typed', async ({ browser, baseURL, as }) => {
  const first = await newsroomMember(browser, baseURL!, 'editor', 'محرر أول');
  const second = await newsroomMember(browser, baseURL!, 'editor', 'محرر ثان');
  const article = insertArticle({ title: unique('مقال يحرره اثنان'), status: 'draft' });
  const a = await as(first);
  const b = await as(second);
  await a.page.goto(editPath(article.id));
  await b.page.goto(editPath(article.id));

  await a.page.getByLabel('العنوان', { exact: true }).fill(`${article.title} — تعديل الأول`);
  await save(a.page);
  await expect(notice(a.page)).toHaveText('تم حفظ المسودة.');

  const typed = `${article.title} — تعديل الثاني`;
  await b.page.getByLabel('العنوان', { exact: true }).fill(typed);
  await save(b.page);
  await expect(formAlert(b.page)).toContainText('حفظه محرّر آخر أثناء عملك عليه');
  await expect(formAlert(b.page)).toHaveAttribute('data-status', '409');
  await expect(b.page.getByLabel('العنوان', { exact: true })).toHaveValue(typed);
  expect(storedArticle(article.id)).toMatchObject({ title: `${article.title} — تعديل الأول`, version: 2 });
  expect(revisionKinds(article.id)).toContainEqual({ kind: 'conflict', title: typed });

  await b.page.goto(`/admin/articles/${article.id}/revisions`);
  await expect(b.page.locator('.revisions__item--conflict')).toContainText(typed);
});

test('autosave while typing is offered back after a reload; revisions restore as a new version', async ({ browser, baseURL, as }) => {
  const editor = await newsroomMember(browser, baseURL!, 'editor', 'محررة النسخ');
  const article = insertArticle({ title: unique('مقال النسخ'), status: 'draft' });
  const { page } = await as(editor);
  await page.goto(editPath(article.id));
  const typed = `${article.title} — نص لم يُحفظ بعد`;
  await page.getByLabel('العنوان', { exact: true }).fill(typed);
  await expect(page.getByTestId('autosave-status')).toHaveText(/^حُفظت نسخة تلقائية/);

  await page.reload();
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(article.title);
  await expect(page.getByRole('status').filter({ hasText: 'لديك نسخة محفوظة تلقائياً أحدث' })).toBeVisible();
  await page.getByRole('link', { name: 'استعادة النسخة التلقائية' }).click();
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(typed);
  await save(page);
  await expect(notice(page)).toHaveText('تم حفظ المسودة.');
  await page.reload();
  await expect(page.getByText('لديك نسخة محفوظة تلقائياً أحدث')).toHaveCount(0);
  expect(storedArticle(article.id)).toMatchObject({ title: typed, version: 2 });

  // A second save, then the revisions page puts the first saved title back.
  const later = `${article.title} — الصيغة الأخيرة`;
  await page.getByLabel('العنوان', { exact: true }).fill(later);
  await save(page);
  await expect(notice(page)).toHaveText('تم حفظ المسودة.');
  await page.getByRole('link', { name: 'سجل النسخ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('سجل النسخ');
  const items = page.locator('.revisions__item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(later);
  await expect(items.first()).toContainText(editor.name);
  await items.nth(1).getByRole('button', { name: /^استعادة/ }).click();
  await expect(notice(page)).toHaveText('تمت استعادة النسخة، وأصبحت الإصدار ٤ من المقال.');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('استعادة نسخة سابقة');
  expect(storedArticle(article.id)).toMatchObject({ title: typed, version: 4 });
});

test('the private preview opens for staff only', async ({ browser, baseURL, as, newCommenter, staff }) => {
  const writer = await newsroomMember(browser, baseURL!, 'writer', 'كاتب المعاينة');
  const draft = insertArticle({ title: unique('مسودة للمعاينة'), status: 'draft', ownerEmail: writer.email, body: 'فقرة لا يراها القرّاء.' });
  const path = `/admin/articles/${draft.id}/preview`;

  for (const member of [writer, staff.moderator]) {
    const { page } = await as(member);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: draft.title })).toBeVisible();
    await expect(page.locator('.article__body')).toContainText('فقرة لا يراها القرّاء.');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    expect(response?.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
  }

  const commenter = await as(await newCommenter());
  expect((await commenter.page.goto(path))?.status()).toBe(403);
  await expect(commenter.page.getByTestId('forbidden')).toBeVisible();
  await expect(commenter.page.getByText('فقرة لا يراها القرّاء.')).toHaveCount(0);

  const anonymous = await as(null);
  await anonymous.page.goto(path);
  await expect(anonymous.page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('callbackUrl') === path);
});

test('moderators keep the comments switch and see no writing actions', async ({ as, staff }) => {
  const { page } = await as(staff.moderator);
  await page.goto('/admin/articles');
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات والتعليقات' })).toBeVisible();
  const first = page.locator('li.article-row').first();
  await expect(first.getByRole('button', { name: /^(إغلاق|فتح) التعليقات/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'مقال جديد' })).toHaveCount(0);
  await expect(page.locator('li.article-row').getByRole('link', { name: /^تحرير/ })).toHaveCount(0);
  await expect(page.locator('li.article-row').getByRole('button', { name: /^(نشر|إلغاء نشر)/ })).toHaveCount(0);
  await expect(page.locator('li.article-row summary', { hasText: 'حذف' })).toHaveCount(0);
  expect((await page.goto('/admin/articles/new'))?.status()).toBe(403);
});

test('the list: counts per tab, filters by section and author, search by title, 20 a page', async ({ browser, baseURL, as }) => {
  const editor = await newsroomMember(browser, baseURL!, 'editor', 'محرر القوائم');
  const { page } = await as(editor);
  await page.goto('/admin/articles?status=published');
  const tabs = page.getByRole('navigation', { name: 'حالات المقالات' });
  await expect(tabs.getByRole('link')).toHaveText([/^المسودات \(/, /^بانتظار المراجعة \(/, /^المجدولة \(/, /^المنشورة \(/]);
  await expect(tabs.getByRole('link', { name: /^المنشورة/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('li.article-row')).toHaveCount(20);
  await page.getByRole('navigation', { name: 'التنقل بين الصفحات' }).getByRole('link', { name: 'الصفحة ٢' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('li.article-row').first()).toBeVisible();

  await page.goto('/admin/articles?status=published');
  await page.getByLabel('القسم').selectOption({ label: 'رياضة' });
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(page).toHaveURL(/section=\d+/);
  const metas = await page.locator('.article-row__meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toContain('رياضة');

  const title = (await page.locator('.article-row__title').first().textContent())!.trim();
  await page.goto('/admin/articles?status=published');
  await page.getByLabel('عنوان المقال').fill(title.split(' ').slice(0, 3).join(' '));
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(rowOf(page, title)).toHaveCount(1);

  const author = await page.getByLabel('الكاتب').locator('option').nth(1).textContent();
  await page.goto('/admin/articles?status=published');
  await page.getByLabel('الكاتب').selectOption({ label: author! });
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  for (const meta of await page.locator('.article-row__meta').allTextContents()) expect(meta).toContain(author!);
});

test('bad input: a past schedule, a body over 2 MB, an unknown section, an empty title — each told in Arabic, nothing lost', async ({ browser, baseURL, as }) => {
  const editor = await newsroomMember(browser, baseURL!, 'editor', 'محرر المدخلات');
  const article = insertArticle({ title: unique('مقال المدخلات الخاطئة'), status: 'draft' });
  const { page } = await as(editor);
  await page.goto(editPath(article.id));
  const title = page.getByLabel('العنوان', { exact: true });
  const typed = `${article.title} — معدّل`;
  await title.fill(typed);

  await statusRadio(page, /^مجدول/).check();
  await page.locator('#article-published-at').fill('2020-01-01T10:00');
  await save(page);
  await expect(formAlert(page)).toHaveAttribute('data-status', '422');
  await expect(page.locator('#article-publishedAt-error')).toHaveText(/مضى/);
  await page.locator('#article-published-at').fill('2040-01-01T10:00');
  await save(page);
  await expect(page.locator('#article-publishedAt-error')).toHaveText(/أكثر من سنة/);
  await expect(title).toHaveValue(typed);

  await statusRadio(page, /^مسودة/).check();
  await page.locator('#article-published-at').fill('');
  // The body as the editor's hidden field would carry it, set and sent in one step (a re-render
  // of the editor would put its own value back).
  await page.locator('input[name="bodyJson"]').evaluate((input: HTMLInputElement) => {
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'نص طويل جداً '.repeat(120_000) }] };
    input.value = JSON.stringify({ type: 'doc', content: [paragraph] });
    input.form!.requestSubmit();
  });
  await expect(formAlert(page)).toHaveAttribute('data-status', '413', { timeout: 30_000 });
  await expect(formAlert(page)).toContainText('أكبر من ٢ ميغابايت');
  await expect(title).toHaveValue(typed);

  await page.reload();
  await title.fill(typed);
  await page.getByLabel('القسم').locator('option').last().evaluate((option: HTMLOptionElement) => (option.value = '999999'));
  await page.getByLabel('القسم').selectOption({ index: await page.getByLabel('القسم').locator('option').count() - 1 });
  await save(page);
  await expect(page.locator('#article-sectionId-error')).toHaveText('القسم المختار غير موجود. اختر قسماً من القائمة.');
  await expect(title).toHaveValue(typed);

  await title.fill('   ');
  await save(page);
  await expect(page.locator('#article-title-error')).toHaveText('اكتب عنوان المقال.');
  expect(storedArticle(article.id)).toMatchObject({ title: article.title, version: 1 });
});

test('delete asks first and works without JavaScript', async ({ browser, baseURL, as }) => {
  const editor = await newsroomMember(browser, baseURL!, 'editor', 'محرر الحذف');
  const article = insertArticle({ title: unique('مقال سيُحذف'), status: 'draft' });
  const { page } = await as(editor, { javaScriptEnabled: false });
  await page.goto('/admin/articles?status=draft');
  const row = rowOf(page, article.title);
  await expect(row.getByRole('button', { name: 'نعم، احذف المقال' })).toBeHidden();
  await row.locator('summary', { hasText: 'حذف' }).click();
  await row.getByRole('button', { name: 'نعم، احذف المقال' }).click();
  await expect(notice(page)).toHaveText(`حُذف «${article.title}».`);
  expect(storedArticle(article.id)).toBeUndefined();
  await expect(rowOf(page, article.title)).toHaveCount(0);
});

test('every newsroom screen fits a 360 px phone without scrolling sideways', async ({ browser, baseURL, as }) => {
  const editor = await newsroomMember(browser, baseURL!, 'editor', 'محرر الهاتف');
  const article = insertArticle({ title: unique('مقال على الهاتف بعنوان طويل نسبياً ليختبر التفاف الأسطر في البطاقة'), status: 'review' });
  const { page } = await as(editor);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/admin/articles?status=review', '/admin/articles/new', editPath(article.id), `/admin/articles/${article.id}/revisions`, `/admin/articles/${article.id}/preview`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const { width, wide } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      // What sticks out, to name it when the check fails.
      wide: [...document.querySelectorAll('body *')]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > 361);
        })
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    }));
    expect(width, `${path}: ${wide.join(', ')}`).toBeLessThanOrEqual(360);
  }
  // The row's actions stay reachable on the card.
  await page.goto('/admin/articles?status=review');
  const publish = rowOf(page, article.title).getByRole('button', { name: /^نشر/ });
  await publish.scrollIntoViewIfNeeded();
  await expect(publish).toBeInViewport({ ratio: 1 });
});
