import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { adminPageAccess, adminPaths } from '../lib/admin/paths';
import { can, type Capability } from '../lib/auth/roles';
import { createMember, expect, test, type Member } from './admin-fixtures';
import { articleCommentsOpen, commentState, insertComment, insertUser, replyCount, userState, type Status } from './admin-db';
import { setBanned, setRole } from './db';
import {
  articleStatus,
  authorBySlug,
  insertAuthor,
  insertScheduledArticle,
  insertPublishedArticle,
  insertSection,
  insertTag,
  sectionBySlug,
  tagBySlug,
} from './newsroom-db';
import { signIn } from './pages/auth-pages';
import { CommentsAdmin, openSession, pickArticle } from './pages/admin-pages';

// The authorization matrix: every caller × every admin page, and every caller × every admin action.
// To cover a new page, add it to lib/admin/paths.ts (it joins `pages` by itself; give its <h1> in
// `headings`); to cover a new action, add a row to `actions` below.

// ---------------------------------------------------------------------------------------------
// Callers
// ---------------------------------------------------------------------------------------------

type Who = 'anonymous' | 'commenter' | 'writer' | 'moderator' | 'editor' | 'admin' | 'banned editor' | 'demoted moderator';

const everyone: Who[] = ['anonymous', 'commenter', 'writer', 'moderator', 'editor', 'admin', 'banned editor', 'demoted moderator'];

/** The role the database holds for each caller when they act (a stale token says otherwise). */
const roleNow = {
  commenter: 'commenter',
  writer: 'writer',
  moderator: 'moderator',
  editor: 'editor',
  admin: 'admin',
  'banned editor': 'editor',
  'demoted moderator': 'commenter',
} as const;

type Outcome = 'allowed' | 'forbidden' | 'banned' | 'sign-in';

/** What a caller gets from a page or an action that asks for `capability`. */
function outcome(who: Who, capability: Capability): Outcome {
  if (who === 'anonymous') return 'sign-in';
  if (who === 'banned editor') return 'banned';
  return can({ role: roleNow[who] }, capability) ? 'allowed' : 'forbidden';
}

/** The Arabic refusal an action answers with, beside the form. */
const refusals = { forbidden: 'لا تملك صلاحية القيام بهذا.', banned: 'حسابك موقوف عن المشاركة.' } as const;

// ---------------------------------------------------------------------------------------------
// Pages: HTTP status of the document — 200, 403, or the sign-in redirect
// ---------------------------------------------------------------------------------------------

type AdminPage = keyof typeof adminPaths;

const headings: Partial<Record<AdminPage, string>> = {
  home: 'نظرة عامة',
  comments: 'التعليقات',
  articles: 'المقالات', // «المقالات والتعليقات» for those who also moderate (name matches by substring)
  articleNew: 'مقال جديد',
  import: 'الاستيراد من ووردبريس',
  sections: 'الأقسام',
  tags: 'الوسوم',
  authors: 'الكتّاب',
  users: 'المستخدمون',
  settings: 'إعدادات المراجعة',
  log: 'سجل المراجعة',
};

type PageRow = { path: string; capability: Capability; heading?: string };

const pages: PageRow[] = [
  ...(Object.keys(adminPaths) as AdminPage[]).map((page) => ({ path: adminPaths[page], capability: adminPageAccess[page], heading: headings[page] })),
  { path: '/admin/comments?status=spam&q=x', capability: 'moderate', heading: 'التعليقات' },
  { path: '/admin/tags?q=x&page=2', capability: 'publish', heading: 'الوسوم' },
];

const expectedStatus: Record<Exclude<Outcome, 'sign-in'>, number> = { allowed: 200, forbidden: 403, banned: 403 };

// ---------------------------------------------------------------------------------------------
// Actions: each row arranges what it acts on, opens the form as an admin and returns its button;
// the caller's cookies are then put in place and the button pressed (a forced submit for callers
// who never see the control).
// ---------------------------------------------------------------------------------------------

type Probe = {
  /** As the admin: go to the form and fill it in; returns the button that sends it. */
  open: () => Promise<Locator>;
  /** Whether the action changed what it acts on. */
  changed?: () => boolean;
  /** For actions checked by their answer rather than their effect. */
  allowedNotice?: RegExp;
  /** A refusal more precise than the guard's (the role may act, but not on this). */
  forbiddenNotice?: string;
};

/** What every row may use: the admin's page, the comments screen, an article of its own, a commenter's email. */
type Ctx = { page: Page; admin: CommentsAdmin; article: { id: number; path: string }; author: string };

type ActionRow = { name: string; capability: Capability; probe: (ctx: Ctx) => Probe };

const rand = () => Math.random().toString(36).slice(2, 8);

function comment(ctx: Ctx, status: Status, previousStatus: Status | null = null): number {
  return insertComment({ articleId: ctx.article.id, email: ctx.author, body: `تعليق ${status} ${rand()}`, status, previousStatus });
}

async function rowButton(ctx: Ctx, status: Status, id: number, name: string): Promise<Locator> {
  await ctx.admin.open({ status, article: ctx.article.id });
  return ctx.admin.row(commentState(id)!.body).getByRole('button', { name, exact: true });
}

async function fold(ctx: Ctx, id: number, summary: string, text: string, submit: string): Promise<Locator> {
  await ctx.admin.open({ status: 'approved', article: ctx.article.id });
  const row = ctx.admin.row(commentState(id)!.body);
  await row.locator('summary', { hasText: new RegExp(`^${summary}$`) }).click();
  await row.locator('textarea').filter({ visible: true }).fill(text);
  return row.getByRole('button', { name: submit });
}

async function userRow(page: Page, email: string): Promise<Locator> {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  return page.locator(`tr[data-user-email="${email}"]`);
}

/** A row of the sections, tags or authors screen, with its fold (تعديل، دمج، حذف) opened. */
async function taxonomyRow(page: Page, url: string, row: string, summary: string): Promise<Locator> {
  await page.goto(url);
  const found = page.locator(row);
  await found.locator('summary', { hasText: new RegExp(`^${summary}$`) }).click();
  return found;
}

const actions: ActionRow[] = [
  // Comments (moderate)
  ...(
    [
      ['approve', 'pending', null, 'موافقة', 'approved'],
      ['unapprove', 'approved', null, 'إلغاء الموافقة', 'pending'],
      ['spam', 'approved', null, 'مزعج', 'spam'],
      ['not spam', 'spam', 'approved', 'ليس مزعجاً', 'approved'],
      ['trash', 'approved', null, 'نقل إلى المهملات', 'trash'],
      ['restore', 'trash', 'approved', 'استعادة', 'approved'],
      ['delete for good', 'trash', 'pending', 'حذف نهائي', null],
    ] as const
  ).map(([name, from, previous, button, to]): ActionRow => ({
    name,
    capability: 'moderate',
    probe: (ctx) => {
      const id = comment(ctx, from, previous);
      return { open: () => rowButton(ctx, from, id, button), changed: () => (to ? commentState(id)?.status === to : commentState(id) === undefined) };
    },
  })),
  {
    name: 'reply',
    capability: 'moderate',
    probe: (ctx) => {
      const id = comment(ctx, 'approved');
      return { open: () => fold(ctx, id, 'رد', 'ردّ من الاختبار', 'نشر الرد'), changed: () => replyCount(id) > 0 };
    },
  },
  {
    name: 'quick edit',
    capability: 'moderate',
    probe: (ctx) => {
      const id = comment(ctx, 'approved');
      const edited = `نص عدّله المشرف ${rand()}`;
      return { open: () => fold(ctx, id, 'تعديل سريع', edited, 'حفظ التعديل'), changed: () => commentState(id)!.body === edited };
    },
  },
  {
    name: 'bulk approve',
    capability: 'moderate',
    probe: (ctx) => {
      const id = comment(ctx, 'pending');
      return {
        open: async () => {
          await ctx.admin.open({ status: 'pending', article: ctx.article.id });
          await ctx.admin.row(commentState(id)!.body).getByRole('checkbox').check();
          await ctx.page.getByLabel('الإجراءات الجماعية').selectOption({ label: 'موافقة' });
          return ctx.page.getByRole('button', { name: 'تطبيق على المحدد' });
        },
        changed: () => commentState(id)!.status === 'approved',
      };
    },
  },
  {
    name: 'empty spam',
    capability: 'moderate',
    probe: (ctx) => {
      const id = comment(ctx, 'spam');
      return {
        open: async () => {
          await ctx.admin.open({ status: 'spam', article: ctx.article.id });
          await ctx.page.getByText('إفراغ المزعجة لهذا المقال').click();
          return ctx.page.getByRole('button', { name: 'نعم، احذفها كلها نهائياً' });
        },
        changed: () => commentState(id) === undefined,
      };
    },
  },
  {
    name: 'close comments',
    capability: 'moderate',
    probe: (ctx) => ({
      open: async () => {
        await ctx.admin.open({ article: ctx.article.id });
        return ctx.page.getByRole('button', { name: /^إغلاق التعليقات/ });
      },
      changed: () => !articleCommentsOpen(ctx.article.id),
    }),
  },

  // Articles (publish): a writer passes the guard ('write') and is refused by the article's rules.
  {
    name: 'publish article',
    capability: 'publish',
    probe: ({ page }) => {
      const title = `مقال للنشر ${rand()}`;
      const id = insertScheduledArticle(title, Date.now() + 86_400_000);
      return {
        open: async () => {
          await page.goto(`${adminPaths.articles}?status=scheduled&q=${encodeURIComponent(title)}`);
          return page.getByRole('button', { name: `نشر «${title}» الآن` });
        },
        changed: () => articleStatus(id)?.status === 'published',
        forbiddenNotice: 'لا تملك صلاحية القيام بهذا الإجراء على هذا المقال.',
      };
    },
  },
  {
    name: 'unschedule article',
    capability: 'publish',
    probe: ({ page }) => {
      const title = `مقال مجدول ${rand()}`;
      const id = insertScheduledArticle(title, Date.now() + 86_400_000);
      return {
        open: async () => {
          await page.goto(`${adminPaths.articles}?status=scheduled&q=${encodeURIComponent(title)}`);
          return page.getByRole('button', { name: `إلغاء نشر «${title}»` });
        },
        changed: () => articleStatus(id)?.status === 'draft',
        forbiddenNotice: 'لا تملك صلاحية القيام بهذا الإجراء على هذا المقال.',
      };
    },
  },

  // Users and settings (administer)
  {
    name: 'change role to editor',
    capability: 'administer',
    probe: ({ page }) => {
      const target = insertUser('مرشّح للترقية');
      return {
        open: async () => {
          const row = await userRow(page, target.email);
          await row.getByRole('combobox').selectOption({ label: 'محرّر' });
          return row.getByRole('button', { name: 'تغيير الدور' });
        },
        changed: () => userState(target.email).role === 'editor',
      };
    },
  },
  {
    name: 'ban',
    capability: 'administer',
    probe: ({ page }) => {
      const target = insertUser('مرشّح للإيقاف');
      return { open: async () => (await userRow(page, target.email)).getByRole('button', { name: 'إيقاف' }), changed: () => userState(target.email).bannedAt !== null };
    },
  },
  {
    name: 'unban',
    capability: 'administer',
    probe: ({ page }) => {
      const target = insertUser('موقوف سابقاً');
      setBanned(target.email, true);
      return { open: async () => (await userRow(page, target.email)).getByRole('button', { name: 'رفع الإيقاف' }), changed: () => userState(target.email).bannedAt === null };
    },
  },
  {
    // Checked by its answer: a valid save would change the rules other tests are using.
    name: 'save settings',
    capability: 'administer',
    probe: ({ page }) => ({
      open: async () => {
        await page.goto('/admin/settings');
        await page.getByLabel('عمق الردود المتداخلة').fill('0');
        return page.getByRole('button', { name: 'حفظ الإعدادات' });
      },
      allowedNotice: /^لم تُحفظ الإعدادات/,
    }),
  },

  // Sections (publish)
  {
    name: 'create section',
    capability: 'publish',
    probe: ({ page }) => {
      const slug = `probe-section-${rand()}`;
      return {
        open: async () => {
          await page.goto(adminPaths.sections);
          const form = page.getByRole('region', { name: 'قسم جديد' });
          await form.getByLabel('الاسم').fill(`قسم تجريبي ${slug}`);
          await form.getByLabel('المعرّف في الرابط').fill(slug);
          return form.getByRole('button', { name: 'إضافة القسم' });
        },
        changed: () => sectionBySlug(slug) !== undefined,
      };
    },
  },
  {
    name: 'rename section',
    capability: 'publish',
    probe: ({ page }) => {
      const section = insertSection(`قسم للتسمية ${rand()}`, `probe-rename-${rand()}`);
      const name = `اسم جديد ${rand()}`;
      return {
        open: async () => {
          const row = await taxonomyRow(page, adminPaths.sections, `tr[data-section-slug="${section.slug}"]`, 'تعديل');
          await row.getByLabel('الاسم').fill(name);
          return row.getByRole('button', { name: 'حفظ القسم' });
        },
        changed: () => sectionBySlug(section.slug)?.name === name,
      };
    },
  },
  {
    name: 'move section',
    capability: 'publish',
    probe: ({ page }) => {
      const first = insertSection(`قسم أول ${rand()}`, `probe-a-${rand()}`);
      const second = insertSection(`قسم ثانٍ ${rand()}`, `probe-b-${rand()}`);
      return {
        open: async () => {
          await page.goto(adminPaths.sections);
          return page.locator(`tr[data-section-slug="${second.slug}"]`).getByRole('button', { name: /^تقديم/ });
        },
        changed: () => sectionBySlug(second.slug)!.position < sectionBySlug(first.slug)!.position,
      };
    },
  },
  {
    name: 'delete section',
    capability: 'publish',
    probe: ({ page }) => {
      const section = insertSection(`قسم للحذف ${rand()}`, `probe-delete-${rand()}`);
      return {
        open: async () => (await taxonomyRow(page, adminPaths.sections, `tr[data-section-slug="${section.slug}"]`, 'حذف')).getByRole('button', { name: /^نعم، احذف/ }),
        changed: () => sectionBySlug(section.slug) === undefined,
      };
    },
  },

  // Tags (publish)
  {
    name: 'create tag',
    capability: 'publish',
    probe: ({ page }) => {
      const slug = `probe-tag-${rand()}`;
      return {
        open: async () => {
          await page.goto(adminPaths.tags);
          const form = page.getByRole('region', { name: 'وسم جديد' });
          await form.getByLabel('الاسم').fill(`وسم تجريبي ${slug}`);
          await form.getByLabel('المعرّف في الرابط').fill(slug);
          return form.getByRole('button', { name: 'إضافة الوسم' });
        },
        changed: () => tagBySlug(slug) !== undefined,
      };
    },
  },
  {
    name: 'rename tag',
    capability: 'publish',
    probe: ({ page }) => {
      const tag = insertTag(`وسم للتسمية ${rand()}`, `probe-rename-tag-${rand()}`);
      const name = `وسم جديد ${rand()}`;
      return {
        open: async () => {
          const row = await taxonomyRow(page, `${adminPaths.tags}?q=${tag.slug}`, `tr[data-tag-slug="${tag.slug}"]`, 'تعديل');
          await row.getByLabel('الاسم').fill(name);
          return row.getByRole('button', { name: 'حفظ الوسم' });
        },
        changed: () => tagBySlug(tag.slug)?.name === name,
      };
    },
  },
  {
    name: 'merge tag',
    capability: 'publish',
    probe: ({ page }) => {
      const from = insertTag(`وسم يُدمج ${rand()}`, `probe-from-${rand()}`);
      const into = insertTag(`وسم يبقى ${rand()}`, `probe-into-${rand()}`);
      insertPublishedArticle(`مقال بوسم يُدمج ${rand()}`, 1, [from.id]);
      return {
        open: async () => {
          const row = await taxonomyRow(page, `${adminPaths.tags}?q=${from.slug}`, `tr[data-tag-slug="${from.slug}"]`, 'دمج');
          await row.getByLabel('ادمجه في الوسم').fill(into.name);
          return row.getByRole('button', { name: 'دمج الوسمين' });
        },
        changed: () => tagBySlug(from.slug) === undefined,
      };
    },
  },
  {
    name: 'delete tag',
    capability: 'publish',
    probe: ({ page }) => {
      const tag = insertTag(`وسم للحذف ${rand()}`, `probe-delete-tag-${rand()}`);
      return {
        open: async () =>
          (await taxonomyRow(page, `${adminPaths.tags}?q=${tag.slug}`, `tr[data-tag-slug="${tag.slug}"]`, 'حذف')).getByRole('button', { name: /^نعم، احذف/ }),
        changed: () => tagBySlug(tag.slug) === undefined,
      };
    },
  },

  // Authors (administer)
  {
    name: 'create author',
    capability: 'administer',
    probe: ({ page }) => {
      const slug = `probe-author-${rand()}`;
      return {
        open: async () => {
          await page.goto(adminPaths.authors);
          const form = page.getByRole('region', { name: 'كاتب جديد' });
          await form.getByLabel('الاسم').fill(`كاتب تجريبي ${slug}`);
          await form.getByLabel('المعرّف في الرابط').fill(slug);
          return form.getByRole('button', { name: 'إضافة الكاتب' });
        },
        changed: () => authorBySlug(slug) !== undefined,
      };
    },
  },
  {
    name: 'edit author',
    capability: 'administer',
    probe: ({ page }) => {
      const author = insertAuthor(`كاتب للتعديل ${rand()}`, `probe-edit-author-${rand()}`);
      const bio = `نبذة جديدة ${rand()}`;
      return {
        open: async () => {
          const row = await taxonomyRow(page, adminPaths.authors, `tr[data-author-slug="${author.slug}"]`, 'تعديل');
          await row.getByLabel('نبذة').fill(bio);
          return row.getByRole('button', { name: 'حفظ بيانات الكاتب' });
        },
        changed: () => authorBySlug(author.slug)?.bio === bio,
      };
    },
  },
  {
    name: 'delete author',
    capability: 'administer',
    probe: ({ page }) => {
      const author = insertAuthor(`كاتب للحذف ${rand()}`, `probe-delete-author-${rand()}`);
      return {
        open: async () =>
          (await taxonomyRow(page, adminPaths.authors, `tr[data-author-slug="${author.slug}"]`, 'حذف')).getByRole('button', { name: /^نعم، احذف/ }),
        changed: () => authorBySlug(author.slug) === undefined,
      };
    },
  },
];

/** Callers whose refusal takes the same path through the guard as another's run only these rows. */
const fewerRows: Partial<Record<Who, string[]>> = {
  'banned editor': ['approve', 'publish article', 'create section', 'merge tag', 'change role to editor', 'save settings'],
  'demoted moderator': ['approve', 'close comments', 'create tag', 'save settings'],
};

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

/** A staff member whose token was issued while they held the role, then banned or demoted behind it. */
async function staleStaff(browser: Browser, baseURL: string, role: 'editor' | 'moderator', change: 'banned' | 'demoted'): Promise<Member> {
  const member = await createMember(browser, baseURL, role, change === 'banned' ? 'محرّر موقوف' : 'مشرف سابق');
  const { context, page } = await openSession(browser, baseURL);
  await signIn(page, member);
  const storageState = await context.storageState();
  await context.close();
  if (change === 'banned') setBanned(member.email, true);
  else setRole(member.email, 'commenter');
  return { ...member, storageState };
}

type Staff = { writer: Member; moderator: Member; editor: Member; admin: Member };

async function memberFor(who: Who, staff: Staff, newCommenter: () => Promise<Member>, browser: Browser, baseURL: string): Promise<Member | null> {
  switch (who) {
    case 'anonymous':
      return null;
    case 'commenter':
      return newCommenter();
    case 'banned editor':
      return staleStaff(browser, baseURL, 'editor', 'banned');
    case 'demoted moderator':
      return staleStaff(browser, baseURL, 'moderator', 'demoted');
    default:
      return staff[who];
  }
}

test('without a session cookie every admin page redirects to sign-in (307) and comes back', async ({ request }) => {
  for (const { path } of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
});

for (const who of everyone) {
  test(`every admin page as ${who}`, async ({ as, staff, newCommenter, browser, baseURL }) => {
    test.setTimeout(180_000);
    const member = await memberFor(who, staff, newCommenter, browser, baseURL!);
    const { context, page } = await as(member);
    // "Anonymous" past the proxy: a forged session cookie, which only the pages' own check sees through.
    if (!member) await context.addCookies([{ name: 'authjs.session-token', value: 'forged', url: baseURL! }]);
    for (const { path, capability, heading } of pages) {
      const response = await page.goto(path);
      const where = `${who} on ${path}`;
      const expected = outcome(who, capability);
      if (expected === 'sign-in') {
        const login = `/login?callbackUrl=${encodeURIComponent(path)}`;
        await expect(page, where).toHaveURL((url) => `${url.pathname}${url.search}` === login);
        continue;
      }
      expect(response?.status(), where).toBe(expectedStatus[expected]);
      if (expected === 'allowed') {
        if (heading) await expect(page.getByRole('heading', { level: 1, name: heading }), where).toBeVisible();
        await expect(page.getByTestId('forbidden'), where).toHaveCount(0);
      } else {
        await expect(page.getByTestId('forbidden'), where).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 }), where).toHaveText('ليست لديك صلاحية الوصول إلى هذه الصفحة');
        await expect(page.locator('table'), where).toHaveCount(0);
        await expect(page.locator('meta[name="robots"][content*="noindex"]').first(), where).toBeAttached();
      }
    }
  });
}

const sections = ['politics', 'economy', 'sports', 'culture', 'technology', 'variety', 'politics', 'economy'];

for (const [i, who] of everyone.entries()) {
  test(`every admin action as ${who}`, async ({ as, staff, newCommenter, browser, baseURL }) => {
    test.setTimeout(400_000);
    const member = await memberFor(who, staff, newCommenter, browser, baseURL!);
    const { context, page } = await as(staff.admin);
    const article = await pickArticle(page, sections[i]!, i < 6 ? 1 : 2);
    const ctx: Ctx = { page, admin: new CommentsAdmin(page), article, author: insertUser('كاتب التعليقات').email };

    const adminCookies = await context.cookies();
    const callerCookies = member
      ? (member.storageState as { cookies: Parameters<BrowserContext['addCookies']>[0] }).cookies
      : [{ name: 'authjs.session-token', value: 'forged', url: baseURL! }];

    const only = fewerRows[who];
    for (const row of only ? actions.filter((a) => only.includes(a.name)) : actions) {
      const probe = row.probe(ctx);
      const send = await probe.open();
      await context.clearCookies();
      await context.addCookies(callerCookies);
      await send.click();
      const where = `${who}: ${row.name}`;
      const expected = outcome(who, row.capability);
      if (expected === 'sign-in') {
        await expect(page, where).toHaveURL(/\/login\?callbackUrl=%2Fadmin(%2F|$|&)/);
      } else if (expected === 'allowed') {
        if (probe.allowedNotice) await expect(page.locator('.admin-notice').first(), where).toHaveText(probe.allowedNotice);
        else await expect(page.locator('.admin-notice:not(.admin-notice--error)').first(), where).toBeVisible();
      } else {
        const refusal = expected === 'forbidden' && who === 'writer' && probe.forbiddenNotice ? probe.forbiddenNotice : refusals[expected];
        await expect(page.locator('.admin-notice').first(), where).toHaveText(refusal);
      }
      if (probe.changed) expect(probe.changed(), where).toBe(expected === 'allowed');
      await context.clearCookies();
      await context.addCookies(adminCookies);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Upload endpoints (route handlers): the caller's rights are checked before the body is read, so
// an allowed caller's unreadable file gets 415 and everyone else 401 or 403.
// ---------------------------------------------------------------------------------------------

const uploads = [
  { path: '/api/admin/media', capability: 'write', send: { multipart: { file: { name: 'not-a-picture.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('لا صورة هنا') } } } },
  { path: '/api/admin/import', capability: 'administer', send: { data: 'ليس ملف XML', headers: { 'content-type': 'application/xml', 'x-file-name': 'export.xml' } } },
] as const;

test('the picture and WordPress upload endpoints, for every caller', async ({ as, staff, newCommenter, browser, baseURL }) => {
  test.setTimeout(240_000);
  for (const who of everyone) {
    const member = await memberFor(who, staff, newCommenter, browser, baseURL!);
    const { context, page } = await as(member);
    for (const upload of uploads) {
      const expected = outcome(who, upload.capability);
      const { headers = {}, ...body } = upload.send as { headers?: Record<string, string> };
      const response = await page.request.post(upload.path, { ...body, headers: { origin: baseURL!, ...headers } });
      const where = `${who}: POST ${upload.path}`;
      expect(response.status(), where).toBe({ 'sign-in': 401, forbidden: 403, banned: 403, allowed: 415 }[expected]);
      expect(((await response.json()) as { message: string }).message, where).toMatch(/[\u0600-\u06FF]/);
    }
    await context.close();
  }
});
