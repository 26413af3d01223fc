import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { formatCommentText } from '../lib/comments/format';
import { signUpSchema } from '../lib/validation/auth';
import { cleanText } from '../lib/validation/text';
import { xssPayloads } from '../tests/fixtures/xss-payloads';
import { setRole } from './db';
import { openSession, type Session } from './pages/admin-pages';
import { signUp } from './pages/auth-pages';
import { CommentSection } from './pages/comment-section';
import { readQueue, readThread, readUsers } from './pages/xss-screens';
import { auditDocument, watchForXss, type Alarm } from './pages/xss-watch';
import { insertApprovedComments, insertProbeArticle, insertUsers, userIdsByEmail } from './xss-db';

// The XSS corpus as comments, display names and an article: through the real endpoints (the sign-up
// form, POST /api/comments, the comment box) and in bulk through the database. Then every screen that
// shows them, in browsers with traps set: nothing may run, and every text must show as it was stored.

const run = `${Date.now().toString(36)}${process.pid}`;
const corpus = xssPayloads.map((p, index) => ({ ...p, index, text: cleanText(p.payload) }));
const byPayload = (payload: string) => corpus.find((p) => p.payload === payload)!;

/** Payloads the sign-up form accepts as a name, with the name it stores. The others are too long. */
const names = corpus.flatMap((p) => {
  const parsed = signUpSchema.shape.name.safeParse(p.payload);
  return parsed.success ? [{ ...p, name: parsed.data, email: `xss-${run}-${p.index}@example.com` }] : [];
});
type Named = (typeof names)[number];
const adminName = names.find((n) => n.payload === '</script><script>window.__xss=25</script>')!;
/** Typed into the sign-up form besides the admin's: one per kind (no control characters: an input drops them). */
const formNames = ['bidi', 'arabicMixed', 'attributeBreakout'].map(
  (group) => names.find((n) => n.group === group && !/[\u0000-\u001F]/.test(n.payload))!,
);

/** Typed into the comment box: the reader's own new comment is drawn by the browser, not the server. */
const boxComments = [
  byPayload('<img src=x onerror=alert(11)>'),
  byPayload('السلام عليكم\n<script>window.__xss=23</script>\n\nمع التحية <img src=x onerror=alert(109)>'),
];
const apiComments = corpus.filter((p) => p.index % 3 === 0 && !boxComments.includes(p));
const dbComments = corpus.filter((p) => p.index % 3 !== 0 && !boxComments.includes(p));

const title = `اختبار ${byPayload('</title><script>alert(126)</script>').text}`;
const excerptText = byPayload('"><img src=x onerror=alert(114)>').text;
const paragraphs = ['</script><script>window.__xss=25</script>', '<!--<img src="--><img src=x onerror=alert(129)//">'];

type Expected = { author: string; text: string; parentAuthor: string | null };

/** What a comment body shows: the text of its pieces (paragraphs and line breaks are elements). */
const shownBody = (text: string) =>
  formatCommentText(text)
    .flat(2)
    .map((piece) => piece.text)
    .join('');

/** The moderation queue's excerpt (components/admin/comment-row.tsx). */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

/** At most `max` pages loading at once (a 2-core machine renders the server side too). */
function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Every alarm of the test's browsers, so that a check fails with what went off, where. */
const alarms: Alarm[][] = [];

async function expectClean(page: Page) {
  // Handlers that need no click (onerror, onload, autofocus) get a moment to fire.
  await page.waitForTimeout(250);
  expect(alarms.flat()).toEqual([]);
  expect(await auditDocument(page), page.url()).toEqual([]);
}

/** Opens a URL in a new tab of the context, checks the document, reads it, closes the tab. */
async function visit<T>(context: BrowserContext, url: string, read: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await expectClean(page);
    return await read(page);
  } finally {
    await page.close();
  }
}

/** Reads every page of a list whose total is known; the first page tells how many rows a page holds. */
type Open = <T>(url: string, read: (page: Page) => Promise<T>) => Promise<T>;

async function allPages<T>(url: (n: number) => string, total: number, read: (page: Page) => Promise<T[]>, open: Open) {
  const first = await open(url(1), read);
  expect(first.length, url(1)).toBeGreaterThan(0);
  const count = Math.ceil(total / first.length);
  const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => open(url(i + 2), read)));
  rest.forEach((rows, i) => expect(rows.length, url(i + 2)).toBeGreaterThan(0));
  return [first, ...rest].flat();
}

/** The thread from this comment page on: comments are paged by top-level threads, so this follows «تعليقات أحدث». */
async function readWholeThread(page: Page) {
  const shown = await readThread(page);
  const nextPage = () => page.evaluate(() => document.querySelector('#comments a[rel="next"]')?.getAttribute('href') ?? null);
  for (let next = await nextPage(); next; next = await nextPage()) {
    await page.goto(next);
    await expectClean(page);
    shown.push(...(await readThread(page)));
  }
  return shown;
}

async function expectThread(page: Page, expected: Map<number, Expected>) {
  const shown = new Map((await readWholeThread(page)).map((c) => [c.id, c]));
  for (const [id, e] of expected) {
    const c = shown.get(id);
    expect(c, `comment ${id}: ${e.text}`).toBeDefined();
    expect({ author: c!.author, label: c!.label, body: c!.body, replyTo: c!.replyTo }, e.text).toEqual({
      author: e.author,
      label: `تعليق من ${e.author}`,
      body: shownBody(e.text),
      replyTo: e.author,
    });
    expect(c!.tags.filter((tag) => !['P', 'BR', 'A'].includes(tag)), e.text).toEqual([]);
    for (const href of c!.hrefs) expect(href, e.text).toMatch(/^https?:\/\//);
  }
}

test('the XSS corpus runs nowhere and shows literally: article, comments, names, moderation queue, users screen', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const watched = async (): Promise<Session> => {
    const session = await openSession(browser, baseURL!);
    alarms.push(await watchForXss(session.context));
    return session;
  };
  const signUpAs = async (who: Named) => {
    const session = await watched();
    await signUp(session.page, { name: who.payload, email: who.email, password: `كلمة-سر-${run}` });
    return session;
  };

  // Names: the admin's and a few more through the sign-up form, the rest stored directly.
  const [adminSession, ...formSessions] = (await Promise.all([adminName, ...formNames].map(signUpAs))) as [Session, ...Session[]];
  setRole(adminName.email, 'admin');
  await Promise.all(formSessions.map((s) => s.context.close()));
  const stored = names.filter((n) => n !== adminName && !formNames.includes(n));
  const authors = [...userIdsByEmail(formNames.map((n) => n.email)), ...insertUsers(stored)];
  const authorNames = [...formNames, ...stored].map((n) => n.name);
  const article = insertProbeArticle({ slug: `اختبار-الحقن-${run}`, title, excerpt: excerptText, body: paragraphs.join('\n\n') });

  // Most comments in bulk, by the named commenters; every tenth a reply to the first.
  const expected = new Map<number, Expected>();
  const [firstId] = insertApprovedComments(article.id, [{ userId: authors[0]!, body: dbComments[0]!.text, parentId: null }]);
  expected.set(firstId!, { author: authorNames[0]!, text: dbComments[0]!.text, parentAuthor: null });
  const rest = dbComments.slice(1).map((p, i) => ({ p, author: (i + 1) % authors.length, parentId: i % 10 === 9 ? firstId! : null }));
  const restIds = insertApprovedComments(
    article.id,
    rest.map((r) => ({ userId: authors[r.author]!, body: r.p.text, parentId: r.parentId })),
  );
  rest.forEach((r, i) =>
    expected.set(restIds[i]!, { author: authorNames[r.author]!, text: r.p.text, parentAuthor: r.parentId ? authorNames[0]! : null }),
  );

  // A third through POST /api/comments as the admin: stored as cleanText makes it, approved at once.
  const admin = adminSession.page;
  for (const [i, p] of apiComments.entries()) {
    const parentId = i % 7 === 6 ? firstId! : null;
    const response = await admin.request.post('/api/comments', { data: { articleId: article.id, parentId, body: p.payload } });
    expect(response.status(), p.payload).toBe(201);
    const { comment } = (await response.json()) as { comment: { id: number; body: string; status: string; authorName: string } };
    expect(comment, p.payload).toMatchObject({ body: p.text, status: 'approved', authorName: adminName.name });
    expected.set(comment.id, { author: adminName.name, text: p.text, parentAuthor: parentId ? authorNames[0]! : null });
  }

  // The article as the admin, with JavaScript: their name in the form, then comments typed in the box.
  await admin.goto(article.path);
  await expectClean(admin);
  const section = new CommentSection(admin);
  await section.reveal();
  const who = section.respond.locator('.respond__who bdi');
  await expect(who).toBeVisible();
  expect(await who.textContent()).toBe(adminName.name);
  for (const p of boxComments) {
    await section.post(p.payload);
    const mine = admin.locator('#own-root li[data-own] .comment__body', { hasText: p.text.split('\n')[0]! });
    // A refusal shows its message instead: fail with it rather than wait.
    await expect(mine.or(section.respond.getByRole('alert'))).toBeVisible();
    await expect(section.respond.getByRole('alert')).toHaveCount(0);
    await expect(mine).toHaveCount(1);
    expect(await mine.textContent()).toBe(shownBody(p.text));
  }
  await expectClean(admin);
  // Until a reload the thread is the one rendered before: the typed comments are only in the reader's own slot.
  const typed = new Set(boxComments.map((p) => shownBody(p.text)));
  expect((await readThread(admin)).filter((c) => typed.has(c.body ?? ''))).toEqual([]);

  // After it they are in the thread: new top-level threads, on its last comment page.
  await admin.reload();
  await expectClean(admin);
  const thread = await readWholeThread(admin);
  for (const p of boxComments) {
    const found = thread.filter((c) => c.body === shownBody(p.text) && c.author === adminName.name);
    expect(found, p.text).toHaveLength(1);
    expected.set(found[0]!.id, { author: adminName.name, text: p.text, parentAuthor: null });
  }
  expect(expected.size).toBe(corpus.length);
  await admin.goto(article.path);
  await expectThread(admin, expected);
  await admin.goto(article.path);
  await expectClean(admin);
  await section.reveal();
  await expect(who).toBeVisible();
  expect(await admin.locator('h1').textContent()).toBe(title);
  expect(await admin.title()).toBe(`${title} — خبر`);
  expect(JSON.parse((await admin.locator('script[type="application/ld+json"]').textContent())!).headline).toBe(title);
  expect(await admin.locator('.article__excerpt').textContent()).toBe(excerptText);
  expect(await admin.locator('meta[name=description]').getAttribute('content')).toBe(excerptText);
  expect(await admin.locator('.article__body p').allTextContents()).toEqual(paragraphs);

  // "رد" under a named commenter's comment puts that name in the form's heading.
  const onThisPage = new Set((await readThread(admin)).map((c) => c.id));
  const [replyId, replyTo] = [...expected].find(([id, e]) => onThisPage.has(id) && e.author !== adminName.name && e.parentAuthor === null)!;
  await admin.locator(`#comment-${replyId} > article a[data-reply-to]`).click();
  await expect(section.respond.locator('#reply-title bdi')).toBeVisible();
  expect(await section.respond.locator('#reply-title bdi').textContent()).toBe(replyTo.author);
  await expectClean(admin);

  // Then, a few tabs at a time: the cached page as an anonymous reader, the queue, the users screen, searches.
  const reader = await watched();
  const limit = limiter(3);
  const asAdmin: Open = (url, read) => limit(() => visit(adminSession.context, url, read));
  const [, queue, users] = await Promise.all([
    limit(() =>
      visit(reader.context, article.path, async (page) => {
        await new CommentSection(page).reveal();
        await expectThread(page, expected);
      }),
    ),
    allPages((n) => `/admin/comments?article=${article.id}&page=${n}`, expected.size, readQueue, asAdmin),
    allPages((n) => `/admin/users?q=${encodeURIComponent(`xss-${run}-`)}&page=${n}`, names.length, readUsers, asAdmin),
    // Search boxes give the typed payload back as their value, never as markup.
    asAdmin(`/admin/users?q=${encodeURIComponent(excerptText)}`, async (page) => {
      expect(await page.locator('#users-q').inputValue()).toBe(excerptText);
      expect(await page.locator('tr[data-user-email] .admin-author__name').allTextContents()).toContain(excerptText);
    }),
    asAdmin(`/admin/comments?article=${article.id}&q=${encodeURIComponent(excerptText)}&author=${encodeURIComponent(adminName.payload)}`, async (page) => {
      expect(await page.locator('#filter-q').inputValue()).toBe(excerptText);
      expect(await page.locator('#filter-author').inputValue()).toBe(adminName.payload);
    }),
  ]);

  const rows = new Map(queue.map(({ id, ...row }) => [id, row]));
  expect(rows.size).toBe(expected.size);
  for (const [id, e] of expected) {
    expect(rows.get(id), e.text).toEqual({
      author: e.author,
      check: `تحديد تعليق ${e.author}`,
      text: excerpt(e.text),
      edit: e.text,
      parent: e.parentAuthor,
    });
  }
  const accounts = new Map(users.map(({ email, ...row }) => [email, row]));
  for (const n of names) {
    expect(accounts.get(n.email), n.payload).toEqual({ name: n.name, roleLabel: n === adminName ? null : `دور ${n.name}` });
  }

  expect(alarms.flat()).toEqual([]);
});
