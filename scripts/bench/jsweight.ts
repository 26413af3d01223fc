/**
 * JavaScript a page makes the browser download, as Chromium loads it: the
 * scripts fetched by the time the network is idle after load ("at load"),
 * then those fetched once the page is scrolled to a given element (the
 * comment form's code is loaded lazily when it comes near the screen).
 * Each is fetched again from the app and gzipped at level 9 (what a CDN or
 * nginx gzip_static would at best send). `nomodule` scripts of the HTML are
 * counted apart: modern browsers never fetch them.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import type { Page } from "@playwright/test";
import { get, LOOPBACK } from "./http";
import { sleep } from "./proc";

export interface JsWeight {
  /** Gzipped bytes per script path, fetched by the time the loaded page is idle. */
  scripts: Map<string, number>;
  /** Gzipped bytes per script path fetched only after scrolling to the revealed element. */
  lazy: Map<string, number>;
  /** Gzipped bytes of the nomodule scripts. */
  nomoduleBytes: number;
  /** Gzipped bytes of the page's HTML document. */
  htmlBytes: number;
}

/**
 * The browser window the page is measured in: a phone screen (Lighthouse's mobile size). On a
 * taller one the comment form of a short article is near enough to load with the page.
 */
export const VIEWPORT = { width: 412, height: 823 };

// The flags the end-to-end tests use with Debian's chromium (stack notes).
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export function totalBytes(sizes: Map<string, number>): number {
  return [...sizes.values()].reduce((sum, n) => sum + n, 0);
}

const TAG = /<(script|link)\b([^>]*)>/gi;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, "i").exec(attrs);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? "").replace(/&amp;/g, "&");
}

/** Script URLs of an HTML page: [module-capable scripts, nomodule scripts]. */
export function scriptUrls(html: string): [string[], string[]] {
  const scripts = new Set<string>();
  const nomodule = new Set<string>();
  for (const [, tag, attrs = ""] of html.matchAll(TAG)) {
    if (tag!.toLowerCase() === "script") {
      const src = attr(attrs, "src");
      if (src) (attr(attrs, "nomodule") !== undefined ? nomodule : scripts).add(src);
      continue;
    }
    const rel = (attr(attrs, "rel") ?? "").toLowerCase();
    const href = attr(attrs, "href");
    if (href && (rel === "modulepreload" || (rel === "preload" && attr(attrs, "as") === "script"))) scripts.add(href);
  }
  return [[...scripts], [...nomodule].filter((u) => !scripts.has(u))];
}

/** Same-origin script paths requested so far, and how many script requests are still open. */
function watchScripts(page: Page, origin: string): { seen: string[]; open: () => number } {
  const seen: string[] = [];
  let open = 0;
  page.on("request", (r) => {
    if (r.resourceType() !== "script") return;
    open += 1;
    const u = new URL(r.url());
    if (u.origin === origin && !seen.includes(`${u.pathname}${u.search}`)) seen.push(`${u.pathname}${u.search}`);
  });
  const done = (r: { resourceType(): string }) => {
    if (r.resourceType() === "script") open -= 1;
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return { seen, open: () => open };
}

/** Waits until no script request is open and none has started for `quietMs`. */
async function scriptsSettled(watch: { seen: string[]; open: () => number }, quietMs = 1_500, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let count = watch.seen.length;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(100);
    if (watch.seen.length !== count || watch.open() > 0) {
      count = watch.seen.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
  throw new Error(`scripts were still loading after ${timeoutMs / 1000} s`);
}

/**
 * Loads `pagePath` from `origin` in Chromium (expecting `status`), then scrolls to `reveal` if
 * given, and weighs the scripts fetched before and after. Requests anywhere but 127.0.0.1 are
 * refused.
 */
export async function measureJs(origin: string, pagePath: string, status: number, reveal?: string): Promise<JsWeight> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  let atLoad: string[];
  let lazy: string[] = [];
  let html: string;
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.route("**/*", (route) =>
      new URL(route.request().url()).hostname === LOOPBACK ? route.continue() : route.abort(),
    );
    const watch = watchScripts(page, origin);
    const res = await page.goto(`${origin}${pagePath}`, { waitUntil: "networkidle" });
    if (res?.status() !== status) throw new Error(`GET ${pagePath} answered ${res?.status()} in Chromium, expected ${status}`);
    html = await res.text();
    await scriptsSettled(watch);
    atLoad = [...watch.seen];
    if (reveal !== undefined) {
      await page.locator(reveal).first().scrollIntoViewIfNeeded();
      await scriptsSettled(watch);
      lazy = watch.seen.slice(atLoad.length);
    }
  } finally {
    await browser.close();
  }
  const weigh = async (urls: string[]) => {
    const sizes = new Map<string, number>();
    for (const url of urls) sizes.set(url, await gzippedSize(origin, url));
    return sizes;
  };
  const [, nomodule] = scriptUrls(html);
  let nomoduleBytes = 0;
  for (const url of nomodule) nomoduleBytes += await gzippedSize(origin, url);
  const htmlBytes = gzipSync(Buffer.from(html, "utf8"), { level: 9 }).length;
  return { scripts: await weigh(atLoad), lazy: await weigh(lazy), nomoduleBytes, htmlBytes };
}

async function gzippedSize(origin: string, url: string): Promise<number> {
  const absolute = new URL(url, `${origin}/`).toString();
  const res = await get(absolute);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return gzipSync(res.body, { level: 9 }).length;
}
