import type { BrowserContext, Locator } from '@playwright/test';
import { createMember, expect, test, type Member } from './admin-fixtures';
import { articleCommentsOpen, commentState, insertComment, insertUser, replyCount, userState, type Status } from './admin-db';
import { setBanned, setRole } from './db';
import { signIn } from './pages/auth-pages';
import { CommentsAdmin, openSession, pickArticle } from './pages/admin-pages';

type Who = 'anonymous' | 'commenter' | 'moderator' | 'admin' | 'banned moderator' | 'demoted moderator';
type Need = 'moderator' | 'admin';

const allowed = (who: Who, need: Need) => who === 'admin' || (who === 'moderator' && need === 'moderator');

/** A moderator whose token was issued while they were one, then banned or demoted behind it. */
async function staleModerator(browser: import('@playwright/test').Browser, baseURL: string, change: 'banned' | 'demoted'): Promise<Member> {
  const member = await createMember(browser, baseURL, 'moderator', change === 'banned' ? 'مشرف موقوف' : 'مشرف سابق');
  const { context, page } = await openSession(browser, baseURL);
  await signIn(page, member);
  const storageState = await context.storageState();
  await context.close();
  if (change === 'banned') setBanned(member.email, true);
  else setRole(member.email, 'commenter');
  return { ...member, storageState };
}

async function memberFor(who: Who, fixtures: { staff: { moderator: Member; admin: Member }; newCommenter: () => Promise<Member> }, browser: import('@playwright/test').Browser, baseURL: string): Promise<Member | null> {
  switch (who) {
    case 'anonymous':
      return null;
    case 'commenter':
      return fixtures.newCommenter();
    case 'moderator':
      return fixtures.staff.moderator;
    case 'admin':
      return fixtures.staff.admin;
    case 'banned moderator':
      return staleModerator(browser, baseURL, 'banned');
    case 'demoted moderator':
      return staleModerator(browser, baseURL, 'demoted');
  }
}

const pages: { path: string; need: Need; heading: string }[] = [
  { path: '/admin', need: 'moderator', heading: 'نظرة عامة' },
  { path: '/admin/comments', need: 'moderator', heading: 'التعليقات' },
  { path: '/admin/comments?status=spam&q=x', need: 'moderator', heading: 'التعليقات' },
  { path: '/admin/articles', need: 'moderator', heading: 'المقالات والتعليقات' },
  { path: '/admin/users', need: 'admin', heading: 'المستخدمون' },
  { path: '/admin/settings', need: 'admin', heading: 'إعدادات المراجعة' },
  { path: '/admin/log', need: 'admin', heading: 'سجل المراجعة' },
];

const everyone: Who[] = ['anonymous', 'commenter', 'moderator', 'admin', 'banned moderator', 'demoted moderator'];

test('without a session cookie every admin page redirects to sign-in (307) and comes back', async ({ request }) => {
  for (const { path } of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
});

for (const who of everyone) {
  test(`every admin page as ${who}`, async ({ as, staff, newCommenter, browser, baseURL }) => {
    const member = await memberFor(who, { staff, newCommenter }, browser, baseURL!);
    const { context, page } = await as(member);
    // "Anonymous" past the proxy: a forged session cookie, which only the pages' own check sees through.
    if (!member) await context.addCookies([{ name: 'authjs.session-token', value: 'forged', url: baseURL! }]);
    for (const { path, need, heading } of pages) {
      const response = await page.goto(path);
      const where = `${who} on ${path}`;
      if (who === 'anonymous') {
        const login = `/login?callbackUrl=${encodeURIComponent(path)}`;
        await expect(page, where).toHaveURL((url) => `${url.pathname}${url.search}` === login);
      } else if (allowed(who, need)) {
        expect(response?.status(), where).toBe(200);
        await expect(page.getByRole('heading', { level: 1, name: heading }), where).toBeVisible();
        await expect(page.getByTestId('forbidden'), where).toHaveCount(0);
      } else {
        expect(response?.status(), where).toBe(403);
        await expect(page.getByTestId('forbidden'), where).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 }), where).toHaveText('ليست لديك صلاحية الوصول إلى هذه الصفحة');
        await expect(page.locator('table'), where).toHaveCount(0);
        await expect(page.locator('meta[name="robots"][content*="noindex"]').first(), where).toBeAttached();
      }
    }
  });
}

type Probe = {
  name: string;
  need: Need;
  /** As the admin: go to the form and fill it in; returns the button that sends it. */
  open: () => Promise<Locator>;
  /** Whether the action changed what it acts on. */
  changed?: () => boolean;
  /** For actions checked by their answer rather than their effect. */
  allowedNotice?: RegExp;
};

const sections = ['politics', 'economy', 'sports', 'culture', 'technology', 'variety'];

for (const [i, who] of everyone.entries()) {
  test(`every admin action as ${who}`, async ({ as, staff, newCommenter, browser, baseURL }) => {
    test.setTimeout(90_000);
    const member = await memberFor(who, { staff, newCommenter }, browser, baseURL!);
    const { context, page } = await as(staff.admin);
    const article = await pickArticle(page, sections[i]!, 1);
    const author = insertUser('كاتب التعليقات');
    const comment = (status: Status, previousStatus: Status | null = null) =>
      insertComment({ articleId: article.id, email: author.email, body: `تعليق ${status} ${Math.random().toString(36).slice(2)}`, status, previousStatus });
    const bodyOf = (id: number) => commentState(id)!.body;
    const admin = new CommentsAdmin(page);
    const rowButton = async (status: Status, id: number, name: string) => {
      await admin.open({ status, article: article.id });
      return admin.row(bodyOf(id)).getByRole('button', { name, exact: true });
    };
    const fold = async (id: number, summary: string, text: string, submit: string) => {
      await admin.open({ status: 'approved', article: article.id });
      const row = admin.row(bodyOf(id));
      await row.locator('summary', { hasText: new RegExp(`^${summary}$`) }).click();
      await row.locator('textarea').filter({ visible: true }).fill(text);
      return row.getByRole('button', { name: submit });
    };
    const userRow = async (email: string) => {
      await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
      return page.locator(`tr[data-user-email="${email}"]`);
    };

    const [pending, pending2, approved1, approved2, approved3, approved4, approved5, spam1, spam2, trash1, trash2] = [
      comment('pending'), comment('pending'), comment('approved'), comment('approved'), comment('approved'),
      comment('approved'), comment('approved'), comment('spam', 'approved'), comment('spam'),
      comment('trash', 'approved'), comment('trash', 'pending'),
    ];
    const [promote, ban, unban] = [insertUser('مرشّح للترقية'), insertUser('مرشّح للإيقاف'), insertUser('موقوف سابقاً')];
    setBanned(unban.email, true);
    const editedBody = `نص عدّله المشرف ${Math.random()}`;

    const probes: Probe[] = [
      { name: 'approve', need: 'moderator', open: () => rowButton('pending', pending, 'موافقة'), changed: () => commentState(pending)!.status === 'approved' },
      { name: 'unapprove', need: 'moderator', open: () => rowButton('approved', approved1, 'إلغاء الموافقة'), changed: () => commentState(approved1)!.status === 'pending' },
      { name: 'spam', need: 'moderator', open: () => rowButton('approved', approved2, 'مزعج'), changed: () => commentState(approved2)!.status === 'spam' },
      { name: 'not spam', need: 'moderator', open: () => rowButton('spam', spam1, 'ليس مزعجاً'), changed: () => commentState(spam1)!.status === 'approved' },
      { name: 'trash', need: 'moderator', open: () => rowButton('approved', approved3, 'نقل إلى المهملات'), changed: () => commentState(approved3)!.status === 'trash' },
      { name: 'restore', need: 'moderator', open: () => rowButton('trash', trash1, 'استعادة'), changed: () => commentState(trash1)!.status === 'approved' },
      { name: 'delete for good', need: 'moderator', open: () => rowButton('trash', trash2, 'حذف نهائي'), changed: () => commentState(trash2) === undefined },
      { name: 'reply', need: 'moderator', open: () => fold(approved4, 'رد', 'ردّ من الاختبار', 'نشر الرد'), changed: () => replyCount(approved4) > 0 },
      { name: 'quick edit', need: 'moderator', open: () => fold(approved5, 'تعديل سريع', editedBody, 'حفظ التعديل'), changed: () => commentState(approved5)!.body === editedBody },
      {
        name: 'bulk approve',
        need: 'moderator',
        open: async () => {
          await admin.open({ status: 'pending', article: article.id });
          await admin.row(bodyOf(pending2)).getByRole('checkbox').check();
          await page.getByLabel('الإجراءات الجماعية').selectOption({ label: 'موافقة' });
          return page.getByRole('button', { name: 'تطبيق على المحدد' });
        },
        changed: () => commentState(pending2)!.status === 'approved',
      },
      {
        name: 'empty spam',
        need: 'moderator',
        open: async () => {
          await admin.open({ status: 'spam', article: article.id });
          await page.getByText('إفراغ المزعجة لهذا المقال').click();
          return page.getByRole('button', { name: 'نعم، احذفها كلها نهائياً' });
        },
        changed: () => commentState(spam2) === undefined,
      },
      {
        name: 'close comments',
        need: 'moderator',
        open: async () => {
          await admin.open({ article: article.id });
          return page.getByRole('button', { name: /^إغلاق التعليقات/ });
        },
        changed: () => !articleCommentsOpen(article.id),
      },
      {
        name: 'change role',
        need: 'admin',
        open: async () => {
          const row = await userRow(promote.email);
          await row.getByRole('combobox').selectOption({ label: 'مشرف' });
          return row.getByRole('button', { name: 'تغيير الدور' });
        },
        changed: () => userState(promote.email).role === 'moderator',
      },
      {
        name: 'ban',
        need: 'admin',
        open: async () => (await userRow(ban.email)).getByRole('button', { name: 'إيقاف' }),
        changed: () => userState(ban.email).bannedAt !== null,
      },
      {
        name: 'unban',
        need: 'admin',
        open: async () => (await userRow(unban.email)).getByRole('button', { name: 'رفع الإيقاف' }),
        changed: () => userState(unban.email).bannedAt === null,
      },
      {
        // Checked by its answer: a valid save would change the rules other tests are using.
        name: 'save settings',
        need: 'admin',
        open: async () => {
          await page.goto('/admin/settings');
          await page.getByLabel('عمق الردود المتداخلة').fill('0');
          return page.getByRole('button', { name: 'حفظ الإعدادات' });
        },
        allowedNotice: /^لم تُحفظ الإعدادات/,
      },
    ];

    const adminCookies = await context.cookies();
    const callerCookies = member
      ? (member.storageState as { cookies: Parameters<BrowserContext['addCookies']>[0] }).cookies
      : [{ name: 'authjs.session-token', value: 'forged', url: baseURL! }];

    // Banned and demoted moderators take the same path through the guard: a few probes suffice.
    const run = who.endsWith('moderator') && who !== 'moderator' ? probes.filter((p) => ['approve', 'change role', 'save settings'].includes(p.name)) : probes;
    for (const probe of run) {
      const send = await probe.open();
      await context.clearCookies();
      await context.addCookies(callerCookies);
      await send.click();
      const where = `${who}: ${probe.name}`;
      if (who === 'anonymous') {
        await expect(page, where).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2F/);
      } else if (allowed(who, probe.need)) {
        if (probe.allowedNotice) await expect(page.locator('.admin-notice').first(), where).toHaveText(probe.allowedNotice);
        else await expect(page.locator('.admin-notice:not(.admin-notice--error)').first(), where).toBeVisible();
      } else {
        const refusal = who === 'banned moderator' ? 'حسابك موقوف عن المشاركة.' : 'لا تملك صلاحية القيام بهذا.';
        await expect(page.locator('.admin-notice').first(), where).toHaveText(refusal);
      }
      if (probe.changed) expect(probe.changed(), where).toBe(allowed(who, probe.need) && who !== 'anonymous');
      await context.clearCookies();
      await context.addCookies(adminCookies);
    }
  });
}
