import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYDRATION_DATA_ID, HYDRATION_LOADER, VIEW_BEACON } from '@/lib/hydration/page-scripts';
import { deferHydration, isReaderPageRequest } from '@/lib/server/defer-hydration';
import { inlineScriptHashes } from '@/lib/server/inline-script-csp';

// A page as Next 16.4 writes it (shapes pinned below against Next's own source).
const flight = [
  '[1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[],\\"X\\"]\\n"]',
  '[1,"0:{\\"b\\":\\"build\\",\\"t\\":\\"\\u003cb\\u003e خبر \\u0026 رأي\\u003c/b\\u003e\\"}\\n"]',
];
function nextPage({ extraBody = '', extraHead = '' } = {}) {
  return (
    '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>' +
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
    '<script src="/_next/static/chunks/react.js" async=""></script>' +
    '<script src="/_next/static/chunks/turbopack-x.js" async=""></script>' +
    '<link rel="preload" as="image" href="/media/2026/12/0123456789abcdef-800.webp"/>' +
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>' +
    extraHead +
    '</head><body><main><h1>خبر</h1><a href="/section/politics">سياسة</a></main>' +
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
    `<script data-article="39">${VIEW_BEACON}</script>` +
    extraBody +
    '<script src="/_next/static/chunks/boot.js" id="_R_" async=""></script>' +
    '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});</script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    flight.map((f) => `<script>self.__next_f.push(${f})</script>`).join('') +
    '</body></html>'
  );
}

function dataOf(html: string) {
  const match = new RegExp(`<script type="application/json" id="${HYDRATION_DATA_ID}">([\\s\\S]*?)</script>`).exec(html);
  return JSON.parse(match![1]!) as {
    scripts: { src: string; id?: string }[];
    turbopack: { name: string; params: unknown };
    flight: unknown[];
  };
}

describe('deferHydration', () => {
  it('leaves no framework script that runs or downloads at load, and keeps what the loader needs in order', () => {
    const page = deferHydration(nextPage());
    expect(page).toMatchObject({ deferred: true, unknown: [] });
    expect(page.html).not.toMatch(/<script[^>]* src="\/_next\/static\/chunks\/(?!poly)/);
    expect(page.html).not.toContain('rel="preload" as="script"');
    expect(page.html).not.toContain('__next_f.push');
    expect(page.html).not.toContain('(globalThis["TURBOPACK"]');
    // What the page is made of stays: styles, the picture preload, the polyfill, JSON-LD, the beacon.
    for (const kept of ['a.css', 'as="image"', 'poly.js" noModule=""', 'application/ld+json', VIEW_BEACON, '<h1>خبر</h1>']) {
      expect(page.html).toContain(kept);
    }
    const data = dataOf(page.html);
    expect(data.scripts).toEqual([
      { src: '/_next/static/chunks/react.js' },
      { src: '/_next/static/chunks/turbopack-x.js' },
      { src: '/_next/static/chunks/boot.js', id: '_R_' },
    ]);
    expect(data.turbopack).toEqual({ name: 'TURBOPACK', params: { otherChunks: ['static/chunks/a.js'], runtimeModuleIds: [94553] } });
    expect(data.flight).toEqual([[0], ...flight.map((f) => JSON.parse(f))]);
    expect(page.html).toMatch(new RegExp(`</script><script>${escape(HYDRATION_LOADER)}</script></body></html>$`));
  });

  it('the payload cannot close its block: Next escapes <, > and & and the block keeps them escaped', () => {
    const { html } = deferHydration(nextPage());
    const block = html.slice(html.indexOf(`id="${HYDRATION_DATA_ID}">`), html.indexOf(HYDRATION_LOADER));
    expect(block).toContain('\\u003cb\\u003e');
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(dataOf(html).flight[2]).toEqual([1, '0:{"b":"build","t":"<b> خبر & رأي</b>"}\n']);
  });

  it('the page policy then names only our own inline scripts', () => {
    const hashes = inlineScriptHashes(deferHydration(nextPage()).html);
    expect(hashes).toHaveLength(2); // the beacon and the loader; the data block is JSON, never run
  });

  it.each([
    ['an inline script it does not know', { extraBody: '<script>alert(1)</script>' }, '<script>alert(1)'],
    ['a nonce on a script', { extraHead: '<script nonce="abc" src="/_next/static/chunks/n.js" async=""></script>' }, 'nonce="abc"'],
    ['form state after the payload start', { extraBody: '<script>self.__next_s=[]</script>' }, '__next_s'],
    ['a script from elsewhere', { extraHead: '<script src="https://cdn.example/x.js" async=""></script>' }, 'cdn.example'],
  ])('serves the page unchanged, hydrating at load, when it meets %s', (_, parts, named) => {
    const html = nextPage(parts);
    const page = deferHydration(html);
    expect(page.deferred).toBe(false);
    expect(page.html).toBe(html);
    expect(page.unknown.join(' ')).toContain(named);
  });

  it('serves unchanged a page whose payload does not start with [0] or lacks the Turbopack push', () => {
    const noStart = nextPage().replace('<script>(self.__next_f=self.__next_f||[]).push([0])</script>', '');
    expect(deferHydration(noStart)).toMatchObject({ deferred: false, html: noStart });
    const noGroup = nextPage().replace(/<script>\(globalThis[\s\S]*?<\/script>/, '');
    expect(deferHydration(noGroup)).toMatchObject({ deferred: false, html: noGroup });
  });

  it('a page that React must finish in the browser (notFound() or an error inside a streamed page) keeps its framework at load', () => {
    const html = nextPage({ extraBody: '<template data-dgst="NEXT_HTTP_ERROR_FALLBACK;404"></template>' });
    expect(deferHydration(html)).toEqual({ html, deferred: false, unknown: [] });
  });

  it('a page with no framework scripts (already deferred, or not Next) stays as it is', () => {
    const once = deferHydration(nextPage()).html;
    expect(deferHydration(once)).toEqual({ html: once, deferred: false, unknown: [] });
  });
});

describe('isReaderPageRequest', () => {
  const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });
  it.each(['/', '/section/politics', '/section/politics/page/3', '/tag/%D8%A7', '/author/x', '/news/39/slug', '/news/39/slug?utm=1', '/news/39/slug/comment-page-2', '/news/39/slug/comment-page-12?x=1', '/search', '/search?q=%D8%A7&sort=newest&page=2'])(
    '%s is a reader page',
    (url) => expect(isReaderPageRequest(get(url))).toBe(true),
  );
  it.each(['/news/39/slug/reply', '/news/39/slug/comment-page-0', '/news/39/slug/comment-page-2/x', '/admin', '/login', '/signup', '/account', '/api/me', '/section', '/news/39', '/searchx', '/search/x'])('%s is not', (url) =>
    expect(isReaderPageRequest(get(url))).toBe(false),
  );
  it('an RSC fetch, a server action or a POST is not', () => {
    expect(isReaderPageRequest(get('/', { rsc: '1' }))).toBe(false);
    expect(isReaderPageRequest(get('/', { 'next-action': 'x' }))).toBe(false);
    expect(isReaderPageRequest({ method: 'POST', url: '/', headers: {} })).toBe(false);
  });
});

// When a Next upgrade changes what defer-hydration matches, these fail first: re-read
// docs/research/issue-11-hydration.md §1 against the new Next, then update the shapes and these pins.
describe("Next's output that deferred hydration relies on", () => {
  const next = (file: string) => fs.readFileSync(path.join(process.cwd(), 'node_modules/next', file), 'utf8');

  it('is Next 16.4.6', () => {
    expect(JSON.parse(next('package.json')).version).toBe('16.4.6');
  });
  it('writes the RSC payload as (self.__next_f=self.__next_f||[]).push([0]) then self.__next_f.push(<escaped JSON>) scripts', () => {
    const source = next('dist/server/app-render/stream-ops.node.js');
    expect(source).toContain('let scriptContents = `(self.__next_f=self.__next_f||[]).push(${(0, _htmlescape.htmlEscapeJsonString)(JSON.stringify([');
    expect(source).toContain('output.push(Buffer.from(`${startScriptTag}self.__next_f.push(${htmlInlinedData})</script>`));');
    expect(source).toContain("const startScriptTag = nonce ? `<script nonce=\"${(0, _htmlescape.htmlEscapeAttributeString)(nonce)}\">` : '<script>';");
  });
  it('escapes <, >, & in that JSON', () => {
    const escape = next('dist/shared/lib/htmlescape.js');
    for (const c of ["'&': '\\\\u0026'", "'>': '\\\\u003e'", "'<': '\\\\u003c'"]) expect(escape).toContain(c);
  });
  it('writes the Turbopack chunk-group push as (globalThis[<name>] || (globalThis[<name>] = [])).push(<JSON>);', () => {
    expect(next('dist/server/get-page-files.js')).toContain('`(globalThis[${g}] || (globalThis[${g}] = [])).push(${JSON.stringify(params)});`');
  });
  it('reads self.__next_f once when its entry starts, so the payload may be pushed before it later', () => {
    const source = next('dist/client/app-index.js');
    expect(source).toContain('const nextServerDataLoadingGlobal = self.__next_f = self.__next_f || [];');
    expect(source).toContain('nextServerDataLoadingGlobal.forEach(nextServerDataCallback);');
  });
  it("preloads the bootstrap with React's low-priority <link rel=preload as=script>", () => {
    const source = next('dist/compiled/react-dom/cjs/react-dom-server.node.production.js');
    expect(source).toMatch(/rel: "preload",\s*as: "script",\s*fetchPriority: "low",/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
