import { expect, test } from './fixtures';
import { ageComment, ageUserComments, approveInDatabase, setBanned, setCommentsOpen, storedCommentBody } from './db';
import { newCredentials, signUp } from './pages/auth-pages';
import { articleIdOf, CommentSection, openArticle } from './pages/comment-section';

test('every bad comment gets its status and an Arabic reason, and nothing stored is lost', async ({ page }) => {
  const who = newCredentials('باسل');
  await signUp(page, who);
  const path = await openArticle(page, 'economy', 3);
  const articleId = articleIdOf(path);
  const post = (data: unknown) => page.request.post('/api/comments', { data });
  const reason = async (response: Awaited<ReturnType<typeof post>>) => ((await response.json()) as { message: string; errors: Record<string, string> });

  for (const body of ['', '   \n\t  ', 'ا'.repeat(5001)]) {
    const response = await post({ articleId, body });
    expect(response.status()).toBe(422);
    expect((await reason(response)).errors.body).toMatch(/فارغ|أطول/);
  }
  expect((await post({ articleId: 999999, body: 'نص' })).status()).toBe(404);
  const notJson = await page.request.post('/api/comments', { data: Buffer.from('{not json'), headers: { 'content-type': 'application/json' } });
  expect(notJson.status()).toBe(400);

  // A first comment (pending), then one that is stored approved.
  const first = await post({ articleId, body: 'تعليق\u0007 أول\u202E' });
  expect(first.status()).toBe(201);
  const firstId = ((await first.json()) as { comment: { id: number } }).comment.id;
  expect(storedCommentBody(firstId)).toBe('تعليق أول');

  expect((await post({ articleId, body: 'تعليق ثانٍ بسرعة' })).status()).toBe(429);
  expect((await reason(await post({ articleId, body: 'تعليق ثانٍ بسرعة' }))).message).toBe(
    'أنت تنشر التعليقات بسرعة كبيرة. تمهّل قليلاً.',
  );

  ageUserComments(who.email, 60_000);
  const duplicate = await post({ articleId, body: 'تعليق أول' });
  expect(duplicate.status()).toBe(409);
  expect((await reason(duplicate)).message).toBe('يبدو أنك قلت هذا من قبل!');

  // Replies: only to an approved comment of the same article.
  expect((await post({ articleId, parentId: firstId, body: 'رد على تعليق معلّق' })).status()).toBe(422);
  expect((await post({ articleId, parentId: 99999999, body: 'رد على لا شيء' })).status()).toBe(422);
  approveInDatabase([firstId]);
  expect((await post({ articleId: articleId + 1, parentId: firstId, body: 'رد في مقال آخر' })).status()).toBe(422);

  setCommentsOpen(articleId, false);
  const closed = await post({ articleId, body: 'والتعليقات مغلقة' });
  expect(closed.status()).toBe(403);
  expect((await reason(closed)).message).toBe('التعليقات مغلقة على هذا المقال.');
  setCommentsOpen(articleId, true);

  expect(storedCommentBody(firstId)).toBe('تعليق أول');

  // Bytes that are not UTF-8 are replaced, not refused with a server error.
  ageUserComments(who.email, 60_000);
  const broken = Buffer.concat([
    Buffer.from(`{"articleId":${articleId},"body":"نص `),
    Buffer.from([0xff, 0xfe, 0xc3]),
    Buffer.from(' مكسور"}'),
  ]);
  const invalid = await page.request.post('/api/comments', { data: broken, headers: { 'content-type': 'application/json' } });
  expect(invalid.status()).toBe(201);
  const brokenId = ((await invalid.json()) as { comment: { id: number } }).comment.id;
  expect(storedCommentBody(brokenId)).toMatch(/^نص \uFFFD+ مكسور$/);
});

test('the form shows the reason beside it and keeps the typed text', async ({ page }) => {
  const who = newCredentials('نور');
  await signUp(page, who);
  await openArticle(page, 'sports', 3);
  const section = new CommentSection(page);
  await section.post('   ');
  await expect(section.respond.locator('#comment-error')).toHaveText('لا يمكن نشر تعليق فارغ. اكتب شيئاً أولاً.');

  await section.post('تعليقي الأول هنا');
  await expect(section.comment('تعليقي الأول هنا')).toContainText('تعليقك بانتظار المراجعة.');
  await section.post('تعليق سريع جداً بعده');
  await expect(section.respond.getByRole('alert')).toHaveText('أنت تنشر التعليقات بسرعة كبيرة. تمهّل قليلاً.');
  await expect(section.textarea).toHaveValue('تعليق سريع جداً بعده');
});

test('anonymous callers and other users are refused; authors edit and delete for ten minutes', async ({ page, browser }) => {
  const owner = newCredentials('مها');
  await signUp(page, owner);
  const path = await openArticle(page, 'variety', 3);
  const articleId = articleIdOf(path);
  const created = await page.request.post('/api/comments', { data: { articleId, body: 'نص قابل للتعديل' } });
  const id = ((await created.json()) as { comment: { id: number } }).comment.id;

  const anonymous = await browser.newContext({ baseURL: page.url() });
  for (const [method, url] of [
    ['POST', '/api/comments'],
    ['PATCH', `/api/comments/${id}`],
    ['DELETE', `/api/comments/${id}`],
  ] as const) {
    const response = await anonymous.request.fetch(url, { method, data: { articleId, body: 'محاولة' } });
    expect(response.status(), `${method} ${url}`).toBe(403);
  }
  await anonymous.close();

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUp(stranger, newCredentials('غريب'));
  // Someone else's comment is answered as a missing one (e2e/comment-integrity.spec.ts compares the bodies).
  expect((await stranger.request.patch(`/api/comments/${id}`, { data: { body: 'تخريب' } })).status()).toBe(404);
  expect((await stranger.request.delete(`/api/comments/${id}`)).status()).toBe(404);
  await strangerContext.close();
  expect(storedCommentBody(id)).toBe('نص قابل للتعديل');

  // In the page: the author edits their pending comment in place.
  await page.reload();
  const section = new CommentSection(page);
  await section.reveal();
  const mine = section.comment('نص قابل للتعديل');
  await mine.getByRole('button', { name: 'تعديل' }).click();
  await mine.getByLabel('تعديل التعليق').fill('نص بعد التعديل');
  await mine.getByRole('button', { name: 'حفظ التعديل' }).click();
  await expect(section.comment('نص بعد التعديل')).toBeVisible();
  expect(storedCommentBody(id)).toBe('نص بعد التعديل');

  ageComment(id, 11 * 60_000);
  const late = await page.request.patch(`/api/comments/${id}`, { data: { body: 'متأخر' } });
  expect(late.status()).toBe(403);
  expect(((await late.json()) as { message: string }).message).toContain('انتهت مهلة التعديل');
  expect((await page.request.delete(`/api/comments/${id}`)).status()).toBe(403);

  // A fresh comment with a reply can no longer be changed; without one it can be deleted.
  ageUserComments(owner.email, 60_000);
  const second = await page.request.post('/api/comments', { data: { articleId, body: 'تعليق سيُرد عليه' } });
  const secondId = ((await second.json()) as { comment: { id: number } }).comment.id;
  approveInDatabase([secondId]);
  const replierContext = await browser.newContext();
  const replier = await replierContext.newPage();
  await signUp(replier, newCredentials('راد'));
  expect((await replier.request.post('/api/comments', { data: { articleId, parentId: secondId, body: 'رد' } })).status()).toBe(201);
  await replierContext.close();
  expect((await page.request.delete(`/api/comments/${secondId}`)).status()).toBe(409);

  ageUserComments(owner.email, 60_000);
  const third = await page.request.post('/api/comments', { data: { articleId, body: 'تعليق للحذف' } });
  const thirdId = ((await third.json()) as { comment: { id: number } }).comment.id;
  expect((await page.request.delete(`/api/comments/${thirdId}`)).status()).toBe(204);
});

test('a banned or demoted user is refused even with a valid session', async ({ page }) => {
  const who = newCredentials('محظور');
  await signUp(page, who);
  const path = await openArticle(page, 'culture', 3);
  setBanned(who.email, true);
  const response = await page.request.post('/api/comments', { data: { articleId: articleIdOf(path), body: 'هل أستطيع؟' } });
  expect(response.status()).toBe(403);
  await page.reload();
  await new CommentSection(page).reveal();
  await expect(page.locator('#respond')).toContainText('حسابك موقوف عن المشاركة في التعليقات.');
  setBanned(who.email, false);
});
