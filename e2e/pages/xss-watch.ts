import type { BrowserContext, Page } from '@playwright/test';
import { HYDRATION_DATA_ID, PAGE_SCRIPTS } from '@/lib/hydration/page-scripts';

/** Anything that suggests user text ran as code or became markup, with the page it happened on. */
export type Alarm = { kind: string; detail: string; url: string };

// Tags no page of ours renders in its body; user text that turned into markup usually brings one.
const FOREIGN_TAGS = [
  'img', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio', 'source', 'marquee',
  'xmp', 'listing', 'plaintext', 'isindex', 'base', 'meta', 'link', 'style', 'xss', 'x', 'b', 'i',
];

// Our own pictures: a cover (components/site/cover-image.tsx) from the media store, by its content hash.
// User text cannot name one, and an injected <img> anywhere else is still caught.
const OUR_PICTURE = /^\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-\d+\.webp$/;
const OUR_PICTURE_SELECTOR = 'img.card__cover, figure.article__cover > img';

// React renders a form or button whose action is a function with this `action`, so that a submit
// before hydration throws instead of navigating; it is the framework's, never user text.
const REACT_FORM_GUARD = "javascript:throw new Error('A React form was unexpectedly submitted.";

/**
 * Traps set on a browser context before any page script, for every page it opens: a `window.__xss`
 * that reports every assignment, dialogs (alert, confirm, prompt), uncaught errors, console errors,
 * frames, requests that leave 127.0.0.1 (aborted, never sent) and media requests (an injected
 * `<img src=x>` would make one). The returned list fills as alarms go off.
 */
export async function watchForXss(context: BrowserContext): Promise<Alarm[]> {
  const alarms: Alarm[] = [];
  const raise = (kind: string, detail: string, page?: Page | null) => alarms.push({ kind, detail, url: page?.url() ?? '' });
  await context.exposeFunction('__xssReport', (detail: string) => raise('__xss', detail));
  await context.addInitScript(() => {
    const report = (detail: string) => (window as unknown as { __xssReport: (d: string) => Promise<void> }).__xssReport(detail);
    Object.defineProperty(window, '__xss', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => void report(`window.__xss = ${String(value)} in ${location.href}`),
    });
  });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      raise('off-site request', route.request().url(), route.request().frame().page());
      return route.abort();
    },
  );
  context.on('dialog', (dialog) => {
    raise('dialog', `${dialog.type()}: ${dialog.message()}`, dialog.page());
    void dialog.dismiss();
  });
  context.on('weberror', (error) => raise('page error', error.error().message, error.page()));
  context.on('console', (message) => {
    if (message.type() === 'error') raise('console error', message.text(), message.page());
  });
  context.on('request', (request) => {
    if (!['image', 'media', 'object'].includes(request.resourceType())) return;
    const url = new URL(request.url());
    if (request.resourceType() === 'image' && url.hostname === '127.0.0.1' && OUR_PICTURE.test(url.pathname) && !url.search) return;
    raise('media request', request.url(), request.frame().page());
  });
  const watchFrames = (page: Page) => page.on('frameattached', (frame) => raise('frame', frame.url(), page));
  context.pages().forEach(watchFrames);
  context.on('page', watchFrames);
  return alarms;
}

/**
 * Markup that no user text may produce, looked for in the whole document: inline handlers,
 * script-bearing URLs, foreign tags, and scripts that are not the framework's own.
 */
export async function auditDocument(page: Page): Promise<string[]> {
  return page.evaluate(([foreign, REACT_FORM_GUARD, ourPicture, ourPictureSelector, pageScripts, hydrationDataId]) => {
    const problems: string[] = [];
    const describe = (el: Element) => el.outerHTML.slice(0, 160);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`handler ${name}: ${describe(el)}`);
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background'].includes(name)) {
          // Browsers skip leading spaces and controls and drop tabs and newlines anywhere; entities are decoded by now.
          const scheme = attr.value.replace(/[\u0000-\u0020]/g, '');
          if (/^(?:javascript|vbscript|data):/i.test(scheme) && !attr.value.startsWith(REACT_FORM_GUARD)) problems.push(`${name}: ${describe(el)}`);
        }
      }
    }
    const isOurPicture = (el: Element) =>
      el.matches(ourPictureSelector) &&
      new RegExp(ourPicture).test(el.getAttribute('src') ?? '') &&
      (el.getAttribute('srcset') ?? '').split(',').every((c) => new RegExp(ourPicture).test(c.trim().split(' ')[0] ?? ''));
    for (const el of document.body.querySelectorAll(foreign.join(','))) {
      if (!isOurPicture(el)) problems.push(`foreign tag: ${describe(el)}`);
    }
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      const text = script.textContent ?? '';
      const framework = src ? src.startsWith('/_next/') : /^\s*(?:\(?self\.__next_[a-z]|\(globalThis\["TURBOPACK"\]|requestAnimationFrame\(|\$R[CSX])/.test(text);
      const ours = (!src && pageScripts.includes(text)) || (script.id === hydrationDataId && script.type === 'application/json');
      if (!framework && !ours && script.type !== 'application/ld+json') problems.push(`script: ${describe(script)}`);
    }
    return problems;
  }, [FOREIGN_TAGS, REACT_FORM_GUARD, OUR_PICTURE.source, OUR_PICTURE_SELECTOR, PAGE_SCRIPTS, HYDRATION_DATA_ID] as const);
}
