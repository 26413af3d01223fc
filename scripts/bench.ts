/**
 * npm run bench            (npm run bench:quick: 3 s rows, 1 s warm-up)
 *
 * Starts the production server (building only if .next/BUILD_ID is missing),
 * then measures requests/s and p50/p99 latency with wrk (2 threads, 20
 * connections, 10 s per row), all in the same run:
 *   - the home and article pages on next start, on nginx serving a saved copy
 *     of the very same HTML (the "static file" baseline), and through nginx
 *     started from deploy/nginx/khabar.conf in front of the app (nginx-proxy);
 *     ratios against the static figure;
 *   - a signed-in reader: a throwaway user (scripts/create-user.ts, deleted
 *     afterwards) signed in through Auth.js's credentials endpoint; the article
 *     HTML with its session cookie (which carries the personal hint, so that is
 *     the whole page view), and with GET /api/me added (a reader with comments
 *     of their own on the article), as page views/s;
 *   - search: a results page (/search?q=…) on the app, and search p50/p95 on the
 *     database itself (scripts/bench-search.ts): the site's, and the generated
 *     large one (BENCH_SEARCH_DB, default data/large.db) when it exists;
 *   - query latency of each page's database work, uncached, on that large
 *     database (scripts/bench-queries.ts): home, section pages, an article,
 *     the moderation queue;
 *   - the JavaScript the article page loads in Chromium (CHROMIUM_PATH, default
 *     /usr/bin/chromium), gzipped: at load, and in total once scrolled to the
 *     comment form (whose code loads lazily), against an empty page of the
 *     same build (the 404 page).
 *
 * Only 2xx responses count as throughput (scripts/bench/count-status.lua
 * counts them in wrk); every target is expected to answer 200, so a row that
 * saw any other status fails the run (exit 1), as does a part not measured.
 *
 * Environment:
 *   BENCH_URL=http://127.0.0.1:PORT  benchmark an already running server
 *                                    (no build, no start); 127.0.0.1 only
 *   BENCH_DURATION=10s               wrk duration per row (3s with --quick)
 *   BENCH_WARMUP=2s                  wrk warm-up per row before measuring ("0" = none; 1s with --quick)
 *   BENCH_PORT=3210                  preferred port for the app (a free one otherwise)
 *   BENCH_VERBOSE=1                  stream the app server's output
 *
 *   DATABASE_URL                     the app's database, where the bench user is created
 *
 * All traffic goes to 127.0.0.1 only.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { articleId, discoverTargets, DIST_DIR, ensureBuild, externalServer, repoRoot, startApp } from "./bench/app";
import type { AppServer } from "./bench/app";
import { measureJs, scriptUrls } from "./bench/jsweight";
import { makeTempDir, snapshotTargets, startStaticNginx } from "./bench/nginx";
import type { Snapshot } from "./bench/nginx";
import { get } from "./bench/http";
import { errorMessage, findExecutable, installSignalHandlers, interrupted, runCleanups } from "./bench/proc";
import { checkProxy, startProxyNginx } from "./bench/proxy";
import type { ProxyProbe } from "./bench/proxy";
import { jsLines, machineInfo, ratioLines, resultsTable, signedInLines, statusFailures, warnings } from "./bench/report";
import type { Row } from "./bench/report";
import { queryLatencyLines } from "./bench/queries";
import { SEARCH_TARGET, searchLatencyLines } from "./bench/search";
import { createBenchUser, signedInTargets, signIn } from "./bench/session";
import type { BenchServer, Target } from "./bench/types";
import { runWrk } from "./bench/wrk";
import type { WrkOptions } from "./bench/wrk";

interface Config {
  benchUrl?: string;
  duration: string;
  warmup?: string;
  port: number;
  verbose: boolean;
}

interface Tools {
  wrk: string;
  nginx: string;
}

/** Rows are compared against this server's figures. */
const BASELINE_SERVER = "nginx";
const WRK_THREADS = 2;
const WRK_CONNECTIONS = 20;

function readConfig(env: NodeJS.ProcessEnv, args: string[]): Config {
  const quick = args.includes("--quick");
  const duration = (name: string, fallback: string): string => {
    const value = (env[name] ?? "").trim() || fallback;
    if (!/^\d+[smh]?$/.test(value)) throw new Error(`${name}="${value}": expected e.g. 10s, 3s or 1m`);
    return value;
  };
  const warmup = duration("BENCH_WARMUP", quick ? "1s" : "2s");
  const port = Number(env.BENCH_PORT ?? 3210);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`BENCH_PORT="${env.BENCH_PORT}" is not a port`);
  return {
    benchUrl: env.BENCH_URL?.trim() || undefined,
    duration: duration("BENCH_DURATION", quick ? "3s" : "10s"),
    warmup: /^0+[smh]?$/.test(warmup) ? undefined : warmup,
    port,
    verbose: env.BENCH_VERBOSE === "1",
  };
}

function findTools(): Tools | undefined {
  const wrk = findExecutable("wrk");
  const nginx = findExecutable("nginx");
  if (wrk !== undefined && nginx !== undefined) return { wrk, nginx };
  const missing = [wrk === undefined ? "wrk" : "", nginx === undefined ? "nginx" : ""].filter(Boolean).join(" and ");
  console.error("wrk و/أو nginx غير مثبتين: sudo apt-get install -y wrk nginx-light");
  console.error(`${missing} not installed (needed by npm run bench): sudo apt-get install -y wrk nginx-light`);
  return undefined;
}

function toolVersions(tools: Tools): Record<string, string> {
  const firstLine = (cmd: string, args: string[], re: RegExp): string => {
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 5_000 });
    return re.exec(`${r.stdout ?? ""}${r.stderr ?? ""}`)?.[1] ?? "?";
  };
  return {
    wrk: firstLine(tools.wrk, ["--version"], /^wrk (\S+)/m),
    nginx: firstLine(tools.nginx, ["-v"], /nginx\/(\S+)/),
  };
}

async function startAppUnderTest(cfg: Config, root: string): Promise<AppServer> {
  if (cfg.benchUrl !== undefined) return externalServer(cfg.benchUrl);
  await ensureBuild(root);
  return startApp(root, cfg.port, cfg.verbose);
}

async function measure(wrk: string, target: Target, server: BenchServer, cfg: Config): Promise<Row | undefined> {
  const url = server.urlFor(target);
  if (url === undefined) return undefined;
  const res = await get(url, target.headers);
  if (res.status !== 200) throw new Error(`${target.name}/${server.name}: GET ${url} answered ${res.status}`);
  const opts: WrkOptions = { threads: WRK_THREADS, connections: WRK_CONNECTIONS, duration: cfg.duration, headers: target.headers };
  console.error(`measuring ${target.name}/${server.name}: ${url}` + (cfg.warmup ? ` (warm-up ${cfg.warmup}, then ${cfg.duration})` : ` (${cfg.duration})`));
  // The warm-up counts every status (3xx too); the timed run leaves that to wrk (status >= 400),
  // unless there is no warm-up.
  const warmup = cfg.warmup === undefined ? undefined : await runWrk(wrk, url, { ...opts, duration: cfg.warmup, countStatus: true });
  const result = await runWrk(wrk, url, { ...opts, countStatus: warmup === undefined });
  const statusAfter = (await get(url, target.headers)).status;
  return { target, server, result, warmup, statusAfter };
}

/** Every target against every server, target by target. */
async function measureAll(wrk: string, targets: Target[], servers: BenchServer[], cfg: Config): Promise<Row[]> {
  const rows: Row[] = [];
  for (const target of targets) {
    for (const server of servers) {
      const row = await measure(wrk, target, server, cfg);
      if (row !== undefined) rows.push(row);
    }
  }
  return rows;
}

/** A throwaway user signs in; the article and /api/me are measured with its session cookie. */
async function signedInRows(
  wrk: string,
  root: string,
  app: AppServer,
  article: Target,
  cfg: Config,
): Promise<{ rows: Row[]; hinted: boolean }> {
  const user = await createBenchUser(root);
  const cookie = await signIn(app.origin, user);
  const { targets, hinted } = await signedInTargets(app.origin, article, cookie);
  return { rows: await measureAll(wrk, targets, [app], cfg), hinted };
}

const IMMUTABLE: [string, string] = ["cache-control", "public, max-age=31536000, immutable"];

/** What the proxy must do, checked before it is measured. */
function proxyProbes(home: Target, article: Target, articleHtml: Buffer): ProxyProbe[] {
  const probes: ProxyProbe[] = [
    { path: home.path, cacheStatus: "HIT" },
    { path: article.path, cacheStatus: "HIT" },
    { path: article.path, headers: { cookie: "authjs.session-token=bench-probe" }, cacheStatus: "BYPASS" },
    { path: `/api/me?article=${articleId(article.path)}`, cacheStatus: "" },
    { path: "/login", cacheStatusIfPublic: "HIT" },
  ];
  const firstScript = scriptUrls(articleHtml.toString("utf8"))[0][0];
  if (firstScript !== undefined) probes.push({ path: firstScript, cacheStatus: "", header: IMMUTABLE });
  return probes;
}

/** The empty page whose scripts are the framework floor: the site's 404 page. */
const EMPTY_PAGE = { path: "/__bench_empty__", status: 404, label: "the 404 page at /__bench_empty__" };

/** Where the article page's lazily loaded code (the comment form) is asked for. */
const COMMENT_FORM = "#respond";

async function javascriptLines(app: AppServer, article: Target): Promise<string[]> {
  const page = await measureJs(app.origin, article.path, 200, COMMENT_FORM);
  const empty = await measureJs(app.origin, EMPTY_PAGE.path, EMPTY_PAGE.status);
  return jsLines(page, empty, EMPTY_PAGE.label, `the comment form (${COMMENT_FORM})`);
}

/** Runs an optional part; a failure becomes a "not measured" line instead of ending the run. */
async function optional<T>(what: string, failures: string[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (interrupted()) throw err;
    failures.push(`${what}: not measured: ${errorMessage(err)}`);
    return undefined;
  }
}

function snapshotOf(snapshots: Snapshot[], target: Target): Buffer {
  const s = snapshots.find((x) => x.target === target);
  if (s === undefined) throw new Error(`no snapshot of ${target.name}`);
  return s.body;
}

async function main(): Promise<number> {
  installSignalHandlers();
  const cfg = readConfig(process.env, process.argv.slice(2));
  const tools = findTools();
  if (tools === undefined) return 1;

  const root = repoRoot();
  const app = await startAppUnderTest(cfg, root);
  const targets = await discoverTargets(app);
  const [home, article] = targets as [Target, Target];
  const snapshots = await snapshotTargets(app, targets);
  const tmp = makeTempDir();
  const nginx = await startStaticNginx(tools.nginx, path.join(tmp, "static"), snapshots);
  const proxy = await startProxyNginx(tools.nginx, path.join(tmp, "proxy"), { root, appOrigin: app.origin, distDir: DIST_DIR });
  const checks = await checkProxy(proxy, proxyProbes(home, article, snapshotOf(snapshots, article)));

  const failures: string[] = [];
  const rows = await measureAll(tools.wrk, targets, [app, nginx, proxy], cfg);
  const signedIn = await optional("signed-in article", failures, () => signedInRows(tools.wrk, root, app, article, cfg));
  rows.push(...(signedIn?.rows ?? []));
  const js = (await optional("JavaScript weight", failures, () => javascriptLines(app, article))) ?? [];
  rows.push(...((await optional("search page", failures, () => measureAll(tools.wrk, [SEARCH_TARGET], [app], cfg))) ?? []));
  const search = (await optional("search latency", failures, async () => searchLatencyLines(root, process.env))) ?? [];
  const queries = (await optional("query latency", failures, async () => queryLatencyLines(root, process.env))) ?? [];

  const out: string[] = [
    "",
    ...machineInfo(toolVersions(tools)),
    `wrk -t${WRK_THREADS} -c${WRK_CONNECTIONS} -d${cfg.duration} --latency` + (cfg.warmup ? `, after a ${cfg.warmup} warm-up per row` : ""),
    ...snapshots.map((s) => `${s.target.name}: ${s.target.path} (${(s.body.length / 1024).toFixed(1)} KB HTML)`),
    `nginx-proxy checks (second of two requests): ${checks.join("; ")}`,
    "",
    resultsTable(rows),
    "",
    ...ratioLines(rows, BASELINE_SERVER),
    ...signedInLines(rows, app.name, signedIn?.hinted ?? false),
    "",
    ...search,
    "",
    ...queries,
    "",
    ...js,
    ...warnings(rows),
    ...statusFailures(rows),
    ...failures,
  ];
  console.log(out.join("\n"));
  return failures.length === 0 && statusFailures(rows).length === 0 ? 0 : 1;
}

main()
  .catch((err: unknown) => {
    if (!interrupted()) console.error(`bench: ${errorMessage(err)}`);
    return 1;
  })
  .then(async (code) => {
    if (interrupted()) return; // the signal handler cleans up and exits
    await runCleanups();
    process.exit(code);
  });
