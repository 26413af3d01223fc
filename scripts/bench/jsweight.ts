/**
 * JavaScript a page makes the browser download: every <script src>,
 * modulepreload and preload-as-script of its HTML, fetched from the app and
 * gzipped at level 9 (what a CDN or nginx gzip_static would at best send).
 * `nomodule` scripts are counted apart: modern browsers never fetch them.
 */
import { gzipSync } from "node:zlib";
import { get } from "./http";

export interface JsWeight {
  /** Gzipped bytes per script URL (module scripts only). */
  scripts: Map<string, number>;
  /** Gzipped bytes of the nomodule scripts. */
  nomoduleBytes: number;
}

export function totalBytes(w: JsWeight): number {
  return [...w.scripts.values()].reduce((sum, n) => sum + n, 0);
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

/** Fetches `pagePath` from `origin` (expecting `status`) and weighs its scripts. */
export async function measureJs(origin: string, pagePath: string, status: number): Promise<JsWeight> {
  const page = await get(`${origin}${pagePath}`);
  if (page.status !== status) throw new Error(`GET ${pagePath} answered ${page.status}, expected ${status}`);
  const [modules, nomodule] = scriptUrls(page.body.toString("utf8"));
  const scripts = new Map<string, number>();
  for (const url of modules) scripts.set(url, await gzippedSize(origin, url));
  let nomoduleBytes = 0;
  for (const url of nomodule) nomoduleBytes += await gzippedSize(origin, url);
  return { scripts, nomoduleBytes };
}

async function gzippedSize(origin: string, url: string): Promise<number> {
  const absolute = new URL(url, `${origin}/`).toString();
  const res = await get(absolute);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return gzipSync(res.body, { level: 9 }).length;
}
