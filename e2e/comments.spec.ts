import { expect, test } from './fixtures';
import { approveInDatabase, setRole } from './db';
import { newCredentials, signUp } from './pages/auth-pages';
import { CommentSection, openArticle } from './pages/comment-section';

test('a new comment is pending, in place, for its author only', async ({ page, browser }) => {
  const author = newCredentials('سامي');
  await signUp(page, author);
  const path = await openArticle(page, 'economy', 2);
  const section = new CommentSection(page);

  // Slow the request down enough to see the busy button.
  await page.route('**/api/comments', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await section.post('رأيي أن هذا التحليل دقيق.\nوفيه سطر ثانٍ.');
  await expect(section.respond.getByRole('button', { name: 'جارٍ النشر…' })).toBeDisabled();
  const mine = section.comment('رأيي أن هذا التحليل دقيق.');
  await expect(mine).toContainText('تعليقك بانتظار المراجعة.');
  await expect(mine.locator('br')).toHaveCount(1);
  await expect(mine.getByRole('link', { name: /رد/ })).toHaveCount(0);
  await expect(section.textarea).toHaveValue('');

  await page.reload();
  await section.reveal();
  await expect(section.comment('رأيي أن هذا التحليل دقيق.')).toContainText('تعليقك بانتظار المراجعة.');

  const anonymous = await browser.newPage();
  await anonymous.goto(path);
  await expect(anonymous.locator('#respond')).toContainText('يجب أن تكون مسجلاً للدخول');
  await expect(anonymous.locator('#comments')).not.toContainText('رأيي أن هذا التحليل دقيق.');
  await anonymous.close();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other, newCredentials('ريم'));
  await other.goto(path);
  await new CommentSection(other).reveal();
  await expect(other.locator('#respond')).toContainText('تم تسجيل الدخول باسم');
  await expect(other.locator('#comments')).not.toContainText('رأيي أن هذا التحليل دقيق.');
  await otherContext.close();
});

test('a signed-in page view needs no personal request unless the reader has comments of their own there', async ({ page, request }) => {
  const reader = newCredentials('نادية');
  await signUp(page, reader);
  const personalRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/me') personalRequests.push(request.url());
  });
  const path = await openArticle(page, 'culture', 3);
  const section = new CommentSection(page);
  // This load takes its hint before the reload: a page still starting when the next load's answer
  // arrives takes that one's hint (same article, same cookie), and the next load then asks /api/me.
  await expect.poll(() => page.evaluate(() => document.cookie)).not.toContain('khabar-me');

  const headers = await (await page.reload())!.allHeaders();
  expect(headers['cache-control']).toBe('private, no-store');
  expect(headers['set-cookie']).toMatch(/^khabar-me=.*; Path=\/news\/\d+\/; Max-Age=60; SameSite=Lax$/);
  await section.reveal();
  await expect(section.respond).toContainText(`تم تسجيل الدخول باسم ${reader.name}`);
  expect(personalRequests).toEqual([]);
  // Read once: the hint describes one page load.
  await expect.poll(() => page.evaluate(() => document.cookie)).not.toContain('khabar-me');

  await section.post('سؤال للكاتب عن مصادر المقال');
  await expect(section.comment('سؤال للكاتب عن مصادر المقال')).toContainText('تعليقك بانتظار المراجعة.');
  await page.reload();
  await section.reveal();
  await expect(section.comment('سؤال للكاتب عن مصادر المقال')).toContainText('تعليقك بانتظار المراجعة.');
  expect(personalRequests).toHaveLength(1);

  // The same page for a reader who is not signed in stays shareable and carries no cookie.
  const anonymous = await request.get(path);
  expect(anonymous.headers()['set-cookie']).toBeUndefined();
  expect(anonymous.headers()['cache-control']).toMatch(/^public, .*s-maxage=/);
});

test('approved comments thread under their parents, with Arabic counts', async ({ page, browser }) => {
  test.slow(); // four readers in one story
  const first = newCredentials('أمل');
  await signUp(page, first);
  const path = await openArticle(page, 'sports', 2);
  const section = new CommentSection(page);
  await section.post('تعليق أول على الخبر');
  await expect(section.comment('تعليق أول على الخبر')).toContainText('تعليقك بانتظار المراجعة.');
  const firstId = await section.commentId('تعليق أول على الخبر');

  // A moderator's comment is approved at once and refreshes the cached page.
  const moderatorContext = await browser.newContext();
  const moderatorPage = await moderatorContext.newPage();
  const moderator = newCredentials('المحرر');
  await signUp(moderatorPage, moderator);
  setRole(moderator.email, 'moderator');
  approveInDatabase([firstId]);
  await moderatorPage.goto(path);
  const moderatorSection = new CommentSection(moderatorPage);
  await moderatorSection.post('شكراً على المتابعة');
  await expect(moderatorSection.comment('شكراً على المتابعة')).not.toContainText('بانتظار المراجعة');

  const reader = await browser.newPage();
  await reader.goto(path);
  await expect(reader.locator('#comments-title')).toHaveText('تعليقان');
  await expect(reader.locator(`#comment-${firstId}`)).toContainText('تعليق أول على الخبر');
  await expect(reader.locator(`#comment-${firstId}`)).toContainText(first.name);
  await expect(reader.locator(`#comment-${firstId} time`).first()).toContainText(/قبل|الآن|ثانية|دقيقة/);

  // A second reader replies to the first comment with the "رد" link.
  const replierContext = await browser.newContext();
  const replierPage = await replierContext.newPage();
  await signUp(replierPage, newCredentials('خالد'));
  await replierPage.goto(path);
  const replier = new CommentSection(replierPage);
  // Until the personal layer has loaded, "رد" is the plain link to the no-JavaScript reply page.
  await replier.reveal();
  await expect(replier.respond).toContainText('تم تسجيل الدخول باسم');
  await replierPage.locator(`#comment-${firstId}`).getByRole('link', { name: `رد على ${first.name}` }).click();
  await expect(replier.respond.getByRole('heading', { level: 3 })).toContainText(`اترك رداً على ${first.name}`);
  await replier.respond.getByRole('link', { name: 'إلغاء الرد' }).click();
  await expect(replier.respond.getByRole('heading', { level: 3 })).toHaveText('اترك رد');
  await replierPage.locator(`#comment-${firstId}`).getByRole('link', { name: `رد على ${first.name}` }).click();
  await replier.post('أوافقك الرأي تماماً');
  const reply = replierPage.locator(`#own-${firstId}`).locator('li', { hasText: 'أوافقك الرأي تماماً' });
  await expect(reply).toContainText('تعليقك بانتظار المراجعة.');
  const replyId = await replier.commentId('أوافقك الرأي تماماً');

  approveInDatabase([replyId]);
  await moderatorPage.reload();
  await moderatorSection.post('نرحب بكل الآراء');
  await expect(moderatorSection.comment('نرحب بكل الآراء')).toBeVisible();
  await reader.reload();
  await expect(reader.locator('#comments-title')).toHaveText('٤ تعليقات');
  await expect(reader.locator(`#comment-${firstId} > ol #comment-${replyId}`)).toContainText('أوافقك الرأي تماماً');
  await Promise.all([moderatorContext.close(), replierContext.close(), reader.close()]);
});

test('comment text is shown as text: no HTML from a commenter reaches the page', async ({ page, browser }) => {
  const moderator = newCredentials('مشرف');
  await signUp(page, moderator);
  setRole(moderator.email, 'moderator');
  const path = await openArticle(page, 'variety', 2);
  const section = new CommentSection(page);
  const attack = '<script>window.__owned = 1</script><img src=x onerror="window.__owned = 2"> انظر https://example.com/page.';
  await section.post(attack);
  await expect(section.comment('انظر')).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto(path);
  const comment = reader.locator('#comments .comment__body', { hasText: 'انظر' });
  await expect(comment).toContainText('<script>window.__owned = 1</script><img src=x');
  await expect(comment.locator('img, script')).toHaveCount(0);
  await expect(comment).toHaveAttribute('dir', 'auto');
  const link = comment.getByRole('link', { name: 'https://example.com/page' });
  await expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
  expect(await reader.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
  await reader.close();
});
