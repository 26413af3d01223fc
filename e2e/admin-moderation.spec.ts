import { expect, test } from './admin-fixtures';
import { commentState, insertComment, logEntries } from './admin-db';
import { CommentsAdmin, pickArticle } from './pages/admin-pages';
import { CommentSection } from './pages/comment-section';

const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('a first comment waits; a moderator approves it; an anonymous reader sees it on the next request', async ({ as, staff, newCommenter }) => {
  test.setTimeout(60_000);
  const author = await newCommenter('سلمى');
  const writer = await as(author);
  const article = await pickArticle(writer.page, 'technology', 0);
  await writer.page.goto(article.path);
  const text = unique('تعليق ينتظر المراجعة');
  const mine = new CommentSection(writer.page);
  await mine.post(text);
  await expect(mine.comment(text)).toContainText('بانتظار المراجعة');

  const reader = await as(null);
  await reader.page.goto(article.path);
  const seen = new CommentSection(reader.page);
  await expect(seen.root.locator('#comments-title')).toHaveText('لا توجد تعليقات');
  await expect(seen.comment(text)).toHaveCount(0);

  const moderator = await as(staff.moderator);
  const admin = new CommentsAdmin(moderator.page);
  await admin.open({ status: 'pending' });
  await expect(admin.badge).toHaveText(/^[٠-٩]+/);
  await expect(admin.tab(/^بانتظار المراجعة/)).toHaveAttribute('aria-current', 'page');
  const row = admin.row(text);
  await expect(row).toContainText(author.name);
  await expect(row).toContainText(author.email);
  await expect(row.locator('.admin-article a').first()).toHaveAttribute('href', article.path);
  await expect(row).toContainText('بانتظار المراجعة');

  await admin.act(text, 'موافقة');
  await expect(admin.notice).toHaveText('تمت الموافقة على تعليق واحد.');
  await expect(row).toHaveCount(0); // the pending tab updates in place

  await reader.page.reload();
  await expect(seen.comment(text)).toBeVisible();
  await expect(seen.root.locator('#comments-title')).toHaveText('تعليق واحد');
  await expect(seen.root).not.toContainText(author.email);

  await admin.open({ status: 'approved', article: article.id });
  await expect(admin.row(text)).toContainText('معتمد');
  await expect(admin.tab(/^المعتمدة/)).toContainText('(١)');
});

test('trash, restore, spam, not spam, quick edit, reply and delete for good; readers follow every step', async ({ as, staff, newCommenter }) => {
  test.setTimeout(60_000);
  const author = await newCommenter('رامي');
  const moderator = await as(staff.moderator);
  const article = await pickArticle(moderator.page, 'culture', 0);
  const text = unique('تعليق سيتنقل بين الحالات');
  const id = insertComment({ articleId: article.id, email: author.email, body: text, status: 'pending' });

  const admin = new CommentsAdmin(moderator.page);
  await admin.open({ article: article.id });
  await admin.act(text, 'موافقة');
  await expect(admin.notice).toHaveText('تمت الموافقة على تعليق واحد.');

  const reply = unique('شكراً لك، سنصحح الخطأ');
  await admin.write(text, 'رد', reply, 'نشر الرد');
  await expect(admin.notice).toHaveText('تم نشر ردّك.');

  const reader = await as(null);
  const seen = new CommentSection(reader.page);
  await reader.page.goto(article.path);
  await expect(seen.comment(text)).toBeVisible();
  await expect(seen.comment(text).locator('li', { hasText: reply })).toBeVisible(); // nested under it

  await admin.act(text, 'نقل إلى المهملات');
  await expect(admin.notice).toHaveText('تم نقل تعليق واحد إلى المهملات.');
  await reader.page.reload();
  await expect(seen.comment(text)).toHaveCount(0);
  await expect(seen.comment(reply)).toBeVisible();

  await admin.open({ status: 'trash', article: article.id });
  await expect(admin.row(text)).toContainText('كان: معتمد');
  await admin.act(text, 'استعادة');
  await expect(admin.notice).toHaveText('تمت استعادة تعليق واحد من المهملات.');
  await reader.page.reload();
  await expect(seen.comment(text)).toBeVisible();

  await admin.open({ article: article.id });
  await admin.act(text, 'مزعج');
  await expect(admin.notice).toHaveText('تم وضع علامة «مزعج» على تعليق واحد.');
  await admin.open({ status: 'spam', article: article.id });
  await admin.act(text, 'ليس مزعجاً');
  await expect(admin.notice).toHaveText('تمت إزالة علامة «مزعج» عن تعليق واحد.');
  expect(commentState(id)?.status).toBe('approved');

  const edited = unique('ردّ بعد التصحيح');
  await admin.open({ article: article.id });
  await admin.write(reply, 'تعديل سريع', edited, 'حفظ التعديل');
  await expect(admin.notice).toHaveText('تم حفظ التعديل.');
  await reader.page.reload();
  await expect(seen.comment(edited)).toBeVisible();

  await admin.act(text, 'نقل إلى المهملات');
  await admin.open({ status: 'trash', article: article.id });
  await admin.act(text, 'حذف نهائي');
  await expect(admin.notice).toHaveText('تم حذف تعليق واحد نهائياً.');
  expect(commentState(id)).toBeUndefined();
  await reader.page.reload();
  await expect(seen.comment(edited)).toBeVisible(); // the reply moved up a level, not lost

  expect(logEntries(id).map((e) => e.action)).toEqual(['approve', 'trash', 'restore', 'spam', 'notspam', 'trash', 'delete']);
  expect(logEntries(id)[0]).toMatchObject({ actorEmail: staff.moderator.email.toLowerCase(), before: { status: 'pending' }, after: { status: 'approved' } });

  // Empty spam, confirmed, scoped to this article.
  const spam = insertComment({ articleId: article.id, email: author.email, body: unique('رسالة مزعجة'), status: 'spam' });
  await admin.open({ status: 'spam', article: article.id });
  await moderator.page.getByText('إفراغ المزعجة لهذا المقال').click();
  await expect(moderator.page.getByText('سيتم حذف تعليق واحد نهائياً، ولا يمكن التراجع عن ذلك.')).toBeVisible();
  await moderator.page.getByRole('button', { name: 'نعم، احذفها كلها نهائياً' }).click();
  await expect(admin.notice).toHaveText('تم حذف تعليق واحد نهائياً من المزعجة.');
  expect(commentState(spam)).toBeUndefined();
});

test('bulk approve, search by text and author, and the refusal of an empty selection', async ({ as, staff, newCommenter }) => {
  test.setTimeout(60_000);
  const [first, second] = [await newCommenter('هند'), await newCommenter('وليد')];
  const moderator = await as(staff.moderator);
  const article = await pickArticle(moderator.page, 'economy', 0);
  const texts = [unique('أول تعليق للموافقة الجماعية'), unique('ثاني تعليق للموافقة الجماعية'), unique('تعليق يبقى منتظراً')];
  insertComment({ articleId: article.id, email: first!.email, body: texts[0]!, status: 'pending' });
  insertComment({ articleId: article.id, email: second!.email, body: texts[1]!, status: 'pending' });
  insertComment({ articleId: article.id, email: second!.email, body: texts[2]!, status: 'pending' });

  const admin = new CommentsAdmin(moderator.page);
  await admin.open({ status: 'pending', article: article.id });
  await expect(admin.tab(/^بانتظار المراجعة/)).toContainText('(٣)');
  await moderator.page.getByRole('button', { name: 'تطبيق على المحدد' }).click();
  await expect(admin.notice).toHaveText('حدّد تعليقاً واحداً على الأقل.');

  await admin.bulk([texts[0]!, texts[1]!], 'موافقة');
  await expect(admin.notice).toHaveText('تمت الموافقة على تعليقين.');
  await expect(admin.row(texts[0]!)).toHaveCount(0);
  await expect(admin.row(texts[2]!)).toBeVisible();
  await expect(admin.tab(/^بانتظار المراجعة/)).toContainText('(١)');

  const reader = await as(null);
  await reader.page.goto(article.path);
  const seen = new CommentSection(reader.page);
  await expect(seen.comment(texts[0]!)).toBeVisible();
  await expect(seen.comment(texts[1]!)).toBeVisible();
  await expect(seen.comment(texts[2]!)).toHaveCount(0);

  // Search: words of the text, then the author's email (with the article filter from the select).
  await moderator.page.getByLabel('كلمات من التعليق').fill('للموافقة الجماعية');
  await moderator.page.getByLabel('المقال', { exact: true }).selectOption(String(article.id));
  await moderator.page.getByRole('button', { name: 'بحث' }).click();
  await expect(moderator.page.locator('tr[data-comment-id]')).toHaveCount(0); // the pending tab holds none of those any more
  await admin.open({ status: 'all', article: article.id, q: 'للموافقة الجماعية' });
  await expect(moderator.page.locator('tr[data-comment-id]')).toHaveCount(2);
  await admin.open({ author: second!.email, article: article.id });
  await expect(moderator.page.locator('tr[data-comment-id]')).toHaveCount(2);
  await expect(admin.row(texts[0]!)).toHaveCount(0);

  // Two letters of an author, or only common words: nothing is searched, and the page says why.
  await admin.open({ author: 'سل' });
  await expect(moderator.page.locator('.admin-empty-list')).toHaveText('اكتب ثلاثة أحرف على الأقل من اسم الكاتب أو بريده الإلكتروني.');
  await admin.open({ q: 'في من على' });
  await expect(moderator.page.locator('.admin-empty-list')).toHaveText('كلمات البحث شائعة جداً، أضف كلمة أدق مثل اسم أو مكان أو حدث.');
});

test('without JavaScript: approve, reply and a refused empty edit are plain form posts', async ({ as, staff, newCommenter }) => {
  test.setTimeout(60_000);
  const author = await newCommenter('منى');
  const moderator = await as(staff.moderator, { javaScriptEnabled: false });
  const article = await pickArticle(moderator.page, 'sports', 0);
  const text = unique('تعليق يراجَع بلا جافاسكربت');
  const id = insertComment({ articleId: article.id, email: author.email, body: text, status: 'pending' });

  const admin = new CommentsAdmin(moderator.page);
  await admin.open({ status: 'pending', article: article.id });
  await admin.act(text, 'موافقة');
  await expect(moderator.page).toHaveURL(/\/admin\/comments\?status=pending&article=\d+&flash=/);
  await expect(admin.notice).toHaveText('تمت الموافقة على تعليق واحد.');
  expect(commentState(id)?.status).toBe('approved');

  await admin.open({ article: article.id });
  const reply = unique('ردّ بلا جافاسكربت');
  await admin.write(text, 'رد', reply, 'نشر الرد');
  await expect(admin.notice).toHaveText('تم نشر ردّك.');

  await admin.write(text, 'تعديل سريع', '   ', 'حفظ التعديل');
  await expect(admin.notice).toHaveText('النص فارغ. اكتب شيئاً أولاً.');
  await expect(admin.row(text).locator('.field__error')).toHaveText('النص فارغ. اكتب شيئاً أولاً.');
  expect(commentState(id)?.body).toBe(text);

  const reader = await as(null, { javaScriptEnabled: false });
  await reader.page.goto(article.path);
  await expect(new CommentSection(reader.page).comment(reply)).toBeVisible();
});
