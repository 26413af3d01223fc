import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newCredentials, signUp } from './pages/auth-pages';
import { articleIdOf, CommentSection, openArticle } from './pages/comment-section';

const TOO_MANY = /محاولات كثيرة/;

/** Auth.js's own sign-in endpoint, as a script would call it; returns where it redirects. */
async function endpointSignIn(request: APIRequestContext, email: string, password: string): Promise<string> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: '/' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return response.headers().location ?? '';
}

async function signInForm(page: Page, email: string, password: string) {
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
}

test.describe('finding 1: every way in shares one limit, with growing waits instead of a lock', () => {
  test("Auth.js's endpoint and the form count the same guesses; the owner gets in once the wait is over", async ({ page, playwright, baseURL }) => {
    test.setTimeout(60_000);
    const who = newCredentials('مستهدف');
    await signUp(page, who);
    await page.context().clearCookies();
    const script = await playwright.request.newContext({ baseURL });

    for (let guess = 1; guess <= 5; guess++) {
      expect(await endpointSignIn(script, who.email, `guess-${guess}`)).toContain('code=credentials');
    }
    // Each guess past the fifth doubles the wait: 1 s, 2 s, 4 s.
    for (const wait of [1000, 2000]) {
      expect(await endpointSignIn(script, who.email, 'guess-again')).toContain('code=credentials');
      expect(await endpointSignIn(script, who.email, who.password)).toContain('code=rate_limited');
      await page.waitForTimeout(wait + 200);
    }
    expect(await endpointSignIn(script, who.email, 'guess-8')).toContain('code=credentials');

    // Within the 4 s wait even the right password is refused, by the endpoint and by the form.
    const refused = await endpointSignIn(script, who.email, who.password);
    expect(refused).toContain('code=rate_limited');
    await page.goto(refused);
    await expect(page.locator('.form__message')).toHaveText(TOO_MANY);
    await signInForm(page, who.email, who.password);
    await expect(page.locator('.form__message')).toHaveText(TOO_MANY);
    expect((await page.context().cookies()).some((c) => c.name.includes('session-token'))).toBe(false);

    await page.waitForTimeout(4_200);
    await signInForm(page, who.email, who.password);
    await expect(page).not.toHaveURL(/\/login/);
    expect((await page.context().cookies()).some((c) => c.name.includes('session-token'))).toBe(true);
    await script.dispose();
  });
});

test.describe('finding 2: a callback never leaves the site', () => {
  const tricks = ['/%09/evil.example', '/%2e%2e//evil.example', '/%5Cevil.example', '/\\/evil.example', '/%252e%252e//evil.example'];

  test('after sign-up and after sign-in, with JavaScript, whatever the encoding', async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL!).origin;
    for (const [i, trick] of tricks.entries()) {
      const who = newCredentials('مسافر');
      await page.goto(`/signup?callbackUrl=${encodeURIComponent(trick)}`);
      await page.getByLabel('الاسم الذي يظهر مع تعليقاتك').fill(who.name);
      await page.getByLabel('البريد الإلكتروني').fill(who.email);
      await page.getByLabel('كلمة المرور').fill(who.password);
      await page.getByRole('button', { name: 'إنشاء حساب' }).click();
      await expect(page).not.toHaveURL(/\/signup/);
      expect(new URL(page.url()).origin, `sign-up ${i}: ${trick}`).toBe(origin);

      await page.context().clearCookies();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(trick)}`);
      await signInForm(page, who.email, who.password);
      await expect(page).not.toHaveURL(/\/login/);
      expect(new URL(page.url()).origin, `sign-in ${i}: ${trick}`).toBe(origin);
      await page.context().clearCookies();
    }
  });
});

test.describe('finding 5: security headers', () => {
  test("an article's policy names its own inline scripts and nothing runs against it", async ({ page, request }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(String(e)));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`)),
    );
    const who = newCredentials('ناقد');
    await signUp(page, who);
    const path = await openArticle(page, 'economy', 2);

    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'] ?? '';
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers()['permissions-policy']).toContain('geolocation=()');
    // Every inline script the browser sees is one the policy names (fails loudly if Next adds another).
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.getAttribute('type')?.includes('json')).length);
    expect(inline).toBeGreaterThan(0);
    expect(scriptSrc.split(' ').length - 2).toBeGreaterThanOrEqual(new Set(await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.getAttribute('type')?.includes('json')).map((s) => s.textContent))).size);

    // The page hydrated and works: a comment posts, a client-side navigation follows a link.
    const section = new CommentSection(page);
    await section.textarea.fill('تعليق تحت سياسة أمان المحتوى');
    await section.submit.click();
    await expect(section.comment('تعليق تحت سياسة أمان المحتوى')).toBeVisible();
    await page.locator('.card__title a').first().click();
    await expect(page).not.toHaveURL(path);
    expect(violations).toEqual([]);
  });

  test('opener isolation everywhere but the public reader pages, whose first paint it would slow', async ({ request, page }) => {
    const isolated = ['/login', '/signup', '/admin', '/api/me', '/account'];
    for (const url of isolated) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.headers()['cross-origin-opener-policy'], url).toBe('same-origin');
    }
    const article = await openArticle(page, 'economy', 1);
    // Twice each: Next's answer, then the micro-cache's copy (lib/reader-pages.ts READER_PAGE_SOURCES;
    // this fails if Next stops letting a later `headers()` entry override an earlier one).
    for (const url of ['/', '/section/economy', article]) {
      for (const round of [1, 2]) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        expect(response.headers()['cross-origin-opener-policy'] ?? 'unsafe-none', `${url} #${round}`).toBe('unsafe-none');
        expect(response.headers()['x-frame-options'], url).toBe('DENY');
      }
    }
  });

  test("the server's own answers carry them too", async ({ request }) => {
    for (const url of ['/api/me', '/no-such-page', '/robots.txt']) {
      const response = await request.get(url);
      expect(response.headers()['x-frame-options'], url).toBe('DENY');
      expect(response.headers()['content-security-policy'], url).toContain("object-src 'none'");
    }
  });
});

test.describe('finding 6: writes from other sites', () => {
  test('the comment API takes JSON from this site only; a foreign server action gets 403, not 500', async ({ page, playwright, baseURL }) => {
    const who = newCredentials('حذر');
    await signUp(page, who);
    const path = await openArticle(page, 'culture', 0);
    const articleId = articleIdOf(path);
    const plain = await page.request.post('/api/comments', {
      headers: { 'content-type': 'text/plain' },
      data: JSON.stringify({ articleId, body: 'نص عادي' }),
    });
    expect(plain.status()).toBe(415);
    const foreign = await page.request.post('/api/comments', {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      data: { articleId, body: 'من موقع آخر' },
    });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).message).toBe('رُفض الطلب لأنه لم يصدر من صفحات هذا الموقع.');
    const own = await page.request.post('/api/comments', { headers: { origin: new URL(baseURL!).origin }, data: { articleId, body: 'من الموقع نفسه' } });
    expect(own.status()).toBe(201);

    const anonymous = await playwright.request.newContext({ baseURL });
    const action = await anonymous.post('/login', {
      headers: { origin: 'https://evil.example', 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: '[]',
    });
    expect(action.status()).toBe(403);
    const beacon = await anonymous.post('/api/views', { headers: { origin: 'https://evil.example' }, data: String(articleId) });
    expect(beacon.status()).toBe(403);
    await anonymous.dispose();
  });
});

test.describe('finding 7: the micro-cache', () => {
  test('answers in the encoding asked for, and a post that changes nothing keeps it warm', async ({ request, page }) => {
    const path = await openArticle(page, 'politics', 1);
    for (const asked of ['deflate', 'br, deflate', 'GZIP']) await request.get(path, { headers: { 'accept-encoding': asked } });
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(await plain.text()).toContain('</html>');

    await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    await request.post('/nothing', { data: 'x' });
    await request.post('/nothing', { data: 'x' });
    const after = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(after.headers()['x-micro-cache']).toMatch(/HIT|STALE/);
  });
});
