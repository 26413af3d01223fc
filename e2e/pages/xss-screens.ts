import type { Page } from '@playwright/test';

// What each screen shows of user text, read in one round trip per page (the corpus has ~180 entries).

/** Every comment of the article's thread (not the reader's own slot), as the browser shows it. */
export function readThread(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#comments li[id^="comment-"]:not([data-own])')].map((li) => {
      const own = (selector: string) => li.querySelector(`:scope > article ${selector}`);
      const body = own('.comment__body');
      return {
        id: Number(li.id.replace('comment-', '')),
        author: own('.comment__author')?.textContent ?? null,
        label: li.querySelector(':scope > article')?.getAttribute('aria-label') ?? null,
        body: body?.textContent ?? null,
        tags: [...(body?.querySelectorAll('*') ?? [])].map((el) => el.tagName),
        hrefs: [...(body?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
        replyTo: own('a[data-reply-to]')?.getAttribute('data-author') ?? null,
      };
    }),
  );
}

/** The rows of one page of the moderation queue. */
export function readQueue(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('tr[data-comment-id]')].map((tr) => ({
      id: Number(tr.dataset.commentId),
      author: tr.querySelector('.admin-author__name')?.textContent ?? null,
      check: tr.querySelector('input[name=ids]')?.getAttribute('aria-label') ?? null,
      text: tr.querySelector('.admin-comment__text')?.textContent ?? null,
      edit: tr.querySelector<HTMLTextAreaElement>(`#edit-${tr.dataset.commentId}-body`)?.value ?? null,
      parent: tr.querySelector('.admin-parent bdi')?.textContent ?? null,
    })),
  );
}

/** The rows of one page of the users screen. */
export function readUsers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('tr[data-user-email]')].map((tr) => ({
      email: tr.dataset.userEmail!,
      name: tr.querySelector('.admin-author__name')?.textContent ?? null,
      roleLabel: tr.querySelector('label.visually-hidden')?.textContent ?? null,
    })),
  );
}
