/**
 * nginx as the production reverse proxy in front of the app, started from
 * deploy/nginx/khabar.conf itself: the production values marked ADAPT there
 * (port, folders, listen) are substituted, nothing else is changed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { freePort, get, LOOPBACK, loopbackUrl } from "./http";
import { launchNginx, mainConf, quote } from "./nginx";
import { databaseFile } from "./session";
import type { BenchServer, Target } from "./types";

export const PROXY_CONF = path.join("deploy", "nginx", "khabar.conf");

export interface ProxyOptions {
  /** The repository root (holds deploy/ and the build folder). */
  root: string;
  /** Where the app listens, e.g. http://127.0.0.1:3210. */
  appOrigin: string;
  /** The build folder relative to root (NEXT_DIST_DIR). */
  distDir: string;
}

interface Substitution {
  from: string;
  to: string;
}

/**
 * khabar.conf with the bench's values. Each production value must occur in
 * the file, so an edit there cannot silently leave the bench on other values.
 */
export function renderProxyConf(template: string, values: Substitution[]): string {
  let out = template;
  for (const { from, to } of values) {
    if (!out.includes(from)) throw new Error(`${PROXY_CONF} no longer contains "${from}"; update scripts/bench/proxy.ts`);
    out = out.split(from).join(to);
  }
  return out;
}

/** The pictures folder the app serves, as lib/media/paths.ts resolves it (MEDIA_DIR or beside the database). */
function mediaDir(root: string): string {
  const dir = process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : path.join(path.dirname(databaseFile(root)), "media");
  return dir + "/";
}

function substitutions(dir: string, port: number, opts: ProxyOptions): Substitution[] {
  const app = new URL(opts.appOrigin);
  const staticDir = path.join(opts.root, opts.distDir, "static") + "/";
  return [
    { from: "server 127.0.0.1:3000;", to: `server ${app.host};` },
    { from: "listen 80;", to: `listen ${LOOPBACK}:${port};` },
    { from: "listen [::]:80;", to: "" },
    { from: "proxy_cache_path /var/cache/nginx/khabar ", to: `proxy_cache_path ${quote(path.join(dir, "cache"))} ` },
    { from: "alias /srv/khabar/.next/static/;", to: `alias ${quote(staticDir)};` },
    { from: "alias /srv/khabar/data/media/$khabar_media;", to: `alias ${quote(mediaDir(opts.root)).slice(0, -1)}$khabar_media";` },
    // The static baseline logs nothing either; logging is not what is compared.
    { from: "access_log /var/log/nginx/khabar.access.log;", to: "access_log off;" },
  ];
}

/** Starts nginx with khabar.conf in front of the app; stopped by runCleanups(). */
export async function startProxyNginx(nginx: string, dir: string, opts: ProxyOptions): Promise<BenchServer> {
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const template = fs.readFileSync(path.join(opts.root, PROXY_CONF), "utf8");
  const server = renderProxyConf(template, substitutions(dir, port, opts));
  console.error(`nginx-proxy: ${PROXY_CONF} on ${loopbackUrl(port)} in front of ${opts.appOrigin}`);
  await launchNginx(nginx, dir, mainConf(dir, server), loopbackUrl(port, "/"));
  return {
    name: "nginx-proxy",
    label: `nginx proxy (${PROXY_CONF})`,
    targetPct: 80,
    urlFor: (t: Target) => loopbackUrl(port, t.path),
  };
}

export interface ProxyProbe {
  /** What to request, on the proxy. */
  path: string;
  headers?: Record<string, string>;
  /** Expected X-Cache-Status on the second of two requests ("" = none sent). */
  cacheStatus?: string;
  /** Expected unless the app marks the response private/no-store, which must then stay a MISS. */
  cacheStatusIfPublic?: string;
  /** A header that must be present with this value. */
  header?: [string, string];
}

const PRIVATE = /private|no-store/i;

/**
 * Requests each probe twice through the proxy and checks the second answer:
 * a page is a HIT, a signed-in request a BYPASS, a private page a MISS, a
 * static file immutable. Returns one line per probe; throws on a failed check.
 */
export async function checkProxy(proxy: BenchServer, probes: ProxyProbe[]): Promise<string[]> {
  const lines: string[] = [];
  for (const probe of probes) {
    const url = proxy.urlFor({ name: "probe", path: probe.path })!;
    const first = await get(url, probe.headers);
    const res = await get(url, probe.headers);
    const status = String(res.headers["x-cache-status"] ?? "");
    const isPrivate = PRIVATE.test(String(first.headers["cache-control"] ?? ""));
    const expected = probe.cacheStatusIfPublic === undefined ? probe.cacheStatus : isPrivate ? "MISS" : probe.cacheStatusIfPublic;
    const problems: string[] = [];
    if (res.status !== 200) problems.push(`HTTP ${res.status}`);
    if (expected !== undefined && status !== expected) problems.push(`X-Cache-Status "${status}", expected "${expected}"`);
    if (probe.header !== undefined && res.headers[probe.header[0]] !== probe.header[1]) {
      problems.push(`${probe.header[0]}: "${String(res.headers[probe.header[0]] ?? "")}", expected "${probe.header[1]}"`);
    }
    const what = `${probe.headers?.cookie ? "signed-in " : ""}${isPrivate ? "private " : ""}${shorten(probe.path)}`;
    if (problems.length > 0) throw new Error(`nginx-proxy check failed for ${what}: ${problems.join("; ")}`);
    const seen = [status && `X-Cache-Status ${status}`, probe.header && `${probe.header[0]}: ${probe.header[1]}`];
    lines.push(`${what} → ${seen.filter(Boolean).join(", ") || "not cached (no X-Cache-Status)"}`);
  }
  return lines;
}

function shorten(p: string): string {
  return p.length > 40 ? `${p.slice(0, 37)}...` : p;
}
