import { expect, test } from './fixtures';
import { ageUserComments, approveInDatabase, e2eDatabase } from './db';
import { newCredentials } from './pages/auth-pages';
import { articleIdOf } from './pages/comment-section';

test.use({ javaScriptEnabled: false });

function storedComment(id: number) {
  const db = e2eDatabase();
  try {
    return db.prepare('select status, parent_id as parentId, body from comments where id = ?').get(id);
  } finally {
    db.close();
  }
}

test('without JavaScript a reader signs in, comments and replies with plain forms', async ({ page, browser }) => {
  const who = newCredentials('بلا جافاسكربت');
  await page.goto('/section/culture');
  const path = (await page.locator('.card__title a').nth(4).getAttribute('href'))!;
  await page.goto(path);
  await expect(page.locator('#respond')).toContainText('يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.');
  await page.locator('#respond').getByRole('link', { name: 'اكتب تعليقك من هنا' }).click();
  await expect(page).toHaveURL(/\/reply#respond$/);
  await page.getByRole('link', { name: 'مسجلاً للدخول' }).click();
  await page.getByRole('link', { name: 'أنشئ حساباً' }).click();
  await page.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill(who.name);
  await page.getByLabel('البريد الإلكتروني').fill(who.email);
  await page.getByLabel('كلمة المرور').fill(who.password);
  await page.getByRole('button', { name: 'إنشاء حساب' }).click();

  await expect(page).toHaveURL(/\/reply#respond$/);
  await expect(page.locator('#respond')).toContainText(`تم تسجيل الدخول باسم ${who.name}.`);
  await page.getByLabel('التعليق').fill('   ');
  await page.getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(page.locator('#comment-error')).toHaveText('لا يمكن نشر تعليق فارغ. اكتب شيئاً أولاً.');

  await page.getByLabel('التعليق').fill('تعليق من متصفح بلا جافاسكربت');
  await page.getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(page).toHaveURL(/\?posted=\d+#respond$/);
  await expect(page.locator('.comment--own')).toContainText('تعليقك بانتظار المراجعة.');
  await expect(page.locator('.comment--own')).toContainText('تعليق من متصفح بلا جافاسكربت');
  const id = Number(new URL(page.url()).searchParams.get('posted'));

  await page.getByLabel('التعليق').fill('تعليق ثانٍ فوراً');
  await page.getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(page.locator('.form__message')).toHaveText('أنت تنشر التعليقات بسرعة كبيرة. تمهّل قليلاً.');
  await expect(page.getByLabel('التعليق')).toHaveValue('تعليق ثانٍ فوراً');

  // The "رد" link of an approved comment is a plain URL with ?replytocom.
  approveInDatabase([id]);
  await page.goto(`${path}/reply?replytocom=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`اترك رداً على ${who.name}`);
  await expect(page.getByRole('link', { name: 'إلغاء الرد' })).toBeVisible();
  expect(articleIdOf(path)).toBeGreaterThan(0);
  const anonymous = await browser.newPage({ javaScriptEnabled: false });
  await anonymous.goto(`${path}/reply?replytocom=${id}`);
  await expect(anonymous.locator('#respond')).toContainText('يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.');
  await anonymous.close();

  // Replies are posted with the plain form too, and the moderation rules (the defaults here) decide.
  // Two links hold a reply for review: it is stored pending under its parent, and only its author sees it.
  ageUserComments(who.email, 60_000); // past the flood interval
  const held = 'رد فيه رابطان: https://a.example/1 و https://b.example/2';
  await page.getByLabel('التعليق').fill(held);
  await page.getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(page).toHaveURL(/\/reply\?posted=\d+#respond$/);
  const heldId = Number(new URL(page.url()).searchParams.get('posted'));
  expect(storedComment(heldId)).toEqual({ status: 'pending', parentId: id, body: held });
  await expect(page.locator('.comment--own')).toContainText('تعليقك بانتظار المراجعة.');
  await expect(page.locator('.comment--own')).toContainText('رد فيه رابطان');

  // A plain reply from a reader who already has an approved comment is approved at once: back on
  // the article, nested under its parent, and counted in the heading (the held one is not).
  ageUserComments(who.email, 60_000);
  await page.goto(`${path}/reply?replytocom=${id}`);
  await page.getByLabel('التعليق').fill('رد منشور من متصفح بلا جافاسكربت');
  await page.getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(page).toHaveURL(/#comment-\d+$/);
  const landed = new URL(page.url());
  expect(landed.pathname).toBe(path);
  expect(landed.search).toBe('');
  const replyId = Number(landed.hash.slice('#comment-'.length));
  expect(storedComment(replyId)).toEqual({ status: 'approved', parentId: id, body: 'رد منشور من متصفح بلا جافاسكربت' });
  await expect(page.locator('#comments-title')).toHaveText('تعليقان');
  const parent = page.locator(`#comments li#comment-${id}`);
  await expect(parent.locator(':scope > article')).toContainText('تعليق من متصفح بلا جافاسكربت');
  const nested = parent.locator(`:scope > ol.comment-list > li#comment-${replyId}`);
  await expect(nested).toContainText('رد منشور من متصفح بلا جافاسكربت');
  await expect(nested.locator('.comment__author')).toHaveText(who.name);
  await expect(page.locator('#comments')).not.toContainText('رد فيه رابطان');
});
