import { expect, test } from './fixtures';
import { ageUserComments, approveInDatabase, e2eDatabase, setRole } from './db';
import { newCredentials, signUp } from './pages/auth-pages';
import { articleIdOf, CommentSection, openArticle } from './pages/comment-section';

function commentRow(id: number) {
  const db = e2eDatabase();
  try {
    return db.prepare('select status, body from comments where id = ?').get(id) as { status: string; body: string };
  } finally {
    db.close();
  }
}

function approvedCounts(articleId: number): { stored: number; live: number } {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        `select approved_comment_count as stored,
                (select count(*) from comments where article_id = articles.id and status = 'approved') as live
         from articles where id = ?`,
      )
      .get(articleId) as { stored: number; live: number };
  } finally {
    db.close();
  }
}

test('an approved comment edited into spam leaves the page, and its author is told it awaits review', async ({ page, browser }) => {
  const who = newCredentials('ريم');
  await signUp(page, who);
  const path = await openArticle(page, 'economy', 4);
  const articleId = articleIdOf(path);
  const post = (body: string) => page.request.post('/api/comments', { data: { articleId, body } });

  // A first comment approved by a moderator makes the author trusted: the next one is published at once.
  const first = await post('أول تعليق لي هنا');
  approveInDatabase([((await first.json()) as { comment: { id: number } }).comment.id]);
  ageUserComments(who.email, 60_000);
  const thanks = await post('شكراً على هذا التقرير');
  const { comment } = (await thanks.json()) as { comment: { id: number; status: string } };
  expect(comment.status).toBe('approved');

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(path);
  await expect(new CommentSection(readerPage).comment('شكراً على هذا التقرير')).toBeVisible();

  // The author edits it in place into an advertisement with two links.
  await page.reload();
  const section = new CommentSection(page);
  await section.reveal();
  const mine = section.comment('شكراً على هذا التقرير');
  await mine.getByRole('button', { name: 'تعديل' }).click();
  const spam = 'اربح الآن https://win.example و https://cash.example';
  await mine.getByLabel('تعديل التعليق').fill(spam);
  await mine.getByRole('button', { name: 'حفظ التعديل' }).click();
  const held = section.root.locator('li[data-own]').filter({ hasText: 'win.example' });
  await expect(held.getByRole('status')).toHaveText('حُفظ التعديل، وسيظهر تعليقك للقرّاء بعد أن يراجعه المشرفون.');
  await expect(section.root.locator(`#comment-${comment.id}:not([data-own])`)).toBeHidden();

  expect(commentRow(comment.id)).toEqual({ status: 'pending', body: spam });
  expect(approvedCounts(articleId)).toEqual({ stored: 1, live: 1 });
  await readerPage.reload();
  await expect(readerPage.locator('.comment__body', { hasText: 'win.example' })).toHaveCount(0);
  await expect(new CommentSection(readerPage).comment('أول تعليق لي هنا')).toBeVisible();
  await reader.close();

  // The API says the same to a script, and a harmless edit of an approved comment stays approved.
  ageUserComments(who.email, 60_000);
  const second = ((await (await post('تقرير ممتاز')).json()) as { comment: { id: number } }).comment.id;
  const edited = await page.request.patch(`/api/comments/${second}`, { data: { body: 'تقرير ممتاز جداً' } });
  expect(await edited.json()).toEqual({ body: 'تقرير ممتاز جداً', status: 'approved' });
  const phrase = await page.request.patch(`/api/comments/${second}`, { data: { body: 'كا\u200Bزينو https://a.example https://b.example' } });
  expect(await phrase.json()).toEqual({
    body: 'كازينو https://a.example https://b.example',
    status: 'pending',
    message: 'حُفظ التعديل، وسيظهر تعليقك للقرّاء بعد أن يراجعه المشرفون.',
  });
  expect(approvedCounts(articleId)).toEqual({ stored: 1, live: 1 });
});

test('someone else’s comment answers exactly as one that does not exist', async ({ page, browser }) => {
  await signUp(page, newCredentials('صاحب'));
  const path = await openArticle(page, 'sports', 4);
  const created = await page.request.post('/api/comments', { data: { articleId: articleIdOf(path), body: 'تعليق صاحبه' } });
  const id = ((await created.json()) as { comment: { id: number } }).comment.id;

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUp(stranger, newCredentials('فضولي'));
  const answers = async (target: number) => {
    const patch = await stranger.request.patch(`/api/comments/${target}`, { data: { body: 'تخريب' } });
    const remove = await stranger.request.delete(`/api/comments/${target}`);
    return [patch.status(), await patch.text(), remove.status(), await remove.text()];
  };
  const missing = await answers(99_999_999);
  expect(missing[0]).toBe(404);
  expect(await answers(id)).toEqual(missing);
  await strangerContext.close();
  expect(commentRow(id).body).toBe('تعليق صاحبه');
});

test('a comment made only of invisible characters is refused as empty', async ({ page }) => {
  await signUp(page, newCredentials('خفي'));
  const path = await openArticle(page, 'culture', 4);
  const empty = await page.request.post('/api/comments', { data: { articleId: articleIdOf(path), body: '\u200B\u200C\u200D\u2060\uFEFF\u202E' } });
  expect(empty.status()).toBe(422);
  expect(((await empty.json()) as { errors: { body: string } }).errors.body).toBe('لا يمكن نشر تعليق فارغ. اكتب شيئاً أولاً.');
});

test('a new account cannot take a staff member’s name, nor a blank one', async ({ page, browser }) => {
  const staff = newCredentials('هيئة التحرير');
  await signUp(page, staff);
  setRole(staff.email, 'admin');

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  const fillSignUp = async (name: string) => {
    await newcomer.goto('/signup');
    await newcomer.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill(name);
    await newcomer.getByLabel('البريد الإلكتروني').fill(newCredentials().email);
    await newcomer.getByLabel('كلمة المرور').fill('كلمة-سر-طويلة');
    await newcomer.getByRole('button', { name: 'إنشاء حساب' }).click();
  };
  // The admin's name with ة as ه, a zero-width space and an RLM in it.
  await fillSignUp(staff.name.replace('ة', 'ه').replace('التحرير', 'التح\u200Bرير\u200F'));
  await expect(newcomer.getByText('هذا الاسم يخص أحد مشرفي الموقع، فاختر اسماً آخر.')).toBeVisible();
  await expect(newcomer).toHaveURL(/\/signup/);
  await fillSignUp('\u2800\u2800\u2800');
  await expect(newcomer.getByText('اكتب اسماً فيه حرف أو رقم على الأقل.')).toBeVisible();
  await context.close();
});
