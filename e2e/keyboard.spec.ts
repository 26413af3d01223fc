import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newCredentials, signUp } from './pages/auth-pages';
import { CommentSection } from './pages/comment-section';

// Reading and commenting with the keyboard alone, with the focus always visible.

/** What has the focus: its tag, accessible text, and whether the focus ring is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      label: (el.getAttribute('aria-label') || el.textContent || '').trim(),
      id: el.id,
      href: el.getAttribute('href'),
      inMain: !!el.closest('main'),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      onScreen: rect.bottom > 0 && rect.top < innerHeight && rect.width > 0 && rect.height > 0,
    };
  });
}

/** A URL matcher for an address ending with this path. */
const endingWith = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Presses Tab until `wanted` holds for the focused element, checking every stop shows its focus. */
async function tabUntil(page: Page, wanted: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    expect(f.ring, `focus ring on ${f.tag} "${f.label.slice(0, 40)}"`).toBe(true);
    expect(f.onScreen, `${f.tag} "${f.label.slice(0, 40)}" scrolled into view`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error('Tab never reached the element');
}

test('the skip link shows on the first Tab and skips the header and the sections menu', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  expect((await focused(page))!.ring).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  expect((await focused(page))!.inMain).toBe(true);
});

test('a reader searches from the header with the keyboard and opens a result', async ({ page }) => {
  await page.goto('/section/politics');
  const box = page.getByRole('searchbox', { name: 'ابحث في خبر' });
  const field = await tabUntil(page, (f) => f.tag === 'input');
  expect(field.id).toBe(await box.getAttribute('id'));
  await page.keyboard.type('دير الزور');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByRole('main');
  await expect(results.getByRole('heading', { level: 1 })).toContainText('دير الزور');

  const result = await tabUntil(page, (f) => f.inMain && f.tag === 'a' && !!f.href?.startsWith('/news/'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(endingWith(result.href!));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(result.label);
});

test('a reader signs in, reaches an article, its comment form, writes and posts, all from the keyboard', async ({ page }) => {
  const reader = newCredentials('كريم');
  await signUp(page, reader);
  await page.goto('/');

  // Skip link, then the first headline of the page's main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'انتقل إلى المحتوى' })).toBeFocused();
  await page.keyboard.press('Enter');
  const headline = await tabUntil(page, (f) => f.tag === 'a' && !!f.href?.startsWith('/news/'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(endingWith(headline.href!));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline.label);

  // On to the comment box, past the article, its share links and the other blocks.
  await tabUntil(page, (f) => f.tag === 'textarea', 250);
  const section = new CommentSection(page);
  await expect(section.textarea).toBeFocused();

  // Past the box: the "tell me of replies" checkbox, then the button.
  const notify = section.respond.getByRole('checkbox', { name: /أعلمني بالردود/ });
  await page.keyboard.press('Tab');
  await expect(notify).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(section.submit).toBeFocused();

  // An empty comment: the error is announced (role=alert) and tied to the box.
  await page.keyboard.press('Enter');
  const error = section.respond.getByRole('alert');
  await expect(error).toHaveText(/أولاً\.$/);
  await expect(section.textarea).toHaveAttribute('aria-invalid', 'true');
  await expect(section.textarea).toHaveAttribute('aria-describedby', (await error.getAttribute('id'))!);
  // The button keeps the focus while the comment is sent: the reader's place is not lost.
  await expect(section.submit).toBeFocused();

  // Back, ticking the checkbox with Space on the way, to the box; then write and send.
  await page.keyboard.press('Shift+Tab');
  await expect(notify).toBeFocused();
  await page.keyboard.press('Space');
  await expect(notify).toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await expect(section.textarea).toBeFocused();
  const text = `تعليق كُتب بلوحة المفاتيح ${Date.now()}`;
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(section.submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.comment(text)).toContainText('تعليقك بانتظار المراجعة.');
  await expect(section.respond.getByRole('status').filter({ hasText: 'أُرسل تعليقك' })).toHaveText(
    'أُرسل تعليقك، وسيظهر للقرّاء بعد أن يراجعه المشرفون.',
  );
  await expect(section.submit).toBeFocused();
});
