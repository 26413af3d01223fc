/**
 * npm run lighthouse
 *
 * Starts the production server like `npm run bench` (building only if the
 * build is missing), then runs Lighthouse 12 against the home page, the
 * first section and article it links to and a search results page, with the desktop and the mobile (default)
 * presets, LIGHTHOUSE_RUNS times each, and prints the median score of every
 * category plus the median LCP, TBT and CLS, next to the targets:
 * desktop 100 everywhere; mobile performance ≥98, the others 100.
 *
 * Environment:
 *   CHROMIUM_PATH (or CHROME_PATH)   the browser (default /usr/bin/chromium)
 *   LIGHTHOUSE_RUNS=3                runs per page and preset
 *   LIGHTHOUSE_ONLY=home,article/mobile   only these rows (page or page/preset names)
 *   LIGHTHOUSE_PORT=3510             preferred port for the app (a free one otherwise)
 *   BENCH_URL=http://127.0.0.1:PORT  audit an already running server instead
 *   BENCH_VERBOSE=1                  stream the app server's output
 *   LIGHTHOUSE_CHROME_FLAGS="..."    more Chromium flags, space-separated. Headless Chromium 156 here
 *                                    holds the first paint of a page with preloaded fonts until about
 *                                    1.2 or 2.3 s (observed FCP; 0.4 s without the hold, 0.1 s for a
 *                                    page without web fonts): compare a run with
 *                                    "--disable-features=FontPreloadingDelaysRendering".
 *
 * Traffic goes to 127.0.0.1 only. Scores depend on the machine's load
 * (mobile performance most: its TBT is the main thread time ×4).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import type { Result } from "lighthouse";
import { discoverSection, discoverTargets, ensureBuild, externalServer, repoRoot, startApp } from "./bench/app";
import type { AppServer } from "./bench/app";
import { makeTempDir } from "./bench/nginx";
import { errorMessage, installSignalHandlers, interrupted, onCleanup, run, runCleanups } from "./bench/proc";
import type { Target } from "./bench/types";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
type Preset = "desktop" | "mobile";
const PRESETS: Preset[] = ["desktop", "mobile"];

/** Minimum scores (0–100) per preset and category. */
const TARGETS: Record<Preset, Record<Category, number>> = {
  desktop: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  mobile: { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 },
};

/**
 * Audits a page fails on purpose, counted as passed in its scores (and named under the table):
 * search results are `noindex, follow`, as Google asks of a site's own search pages.
 */
const DELIBERATE_FAILURES: Record<string, string[]> = { search: ["is-crawlable"] };

// The flags the end-to-end tests use with Debian's chromium (stack notes), headless.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function extraChromeFlags(): string[] {
  return (process.env.LIGHTHOUSE_CHROME_FLAGS ?? "").split(/\s+/).filter(Boolean);
}

/** One Lighthouse run's figures; scores 0–100, times in ms. */
interface RunFigures {
  scores: Partial<Record<Category, number>>;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  /** Lighthouse's measure of the machine's speed at the time (lower = busier/slower). */
  benchmarkIndex?: number;
}

interface Outcome {
  page: string;
  preset: Preset;
  runs: RunFigures[];
  failures: string[];
}

/** LIGHTHOUSE_ONLY: comma-separated `page` or `page/preset` names; all rows when unset. */
function selected(page: string, preset: Preset): boolean {
  const only = (process.env.LIGHTHOUSE_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return only.length === 0 || only.some((o) => o === page || o === `${page}/${preset}`);
}

function chromePath(): string {
  return process.env.CHROMIUM_PATH || process.env.CHROME_PATH || "/usr/bin/chromium";
}

function readRuns(): number {
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`LIGHTHOUSE_RUNS="${process.env.LIGHTHOUSE_RUNS}" is not a positive integer`);
  return runs;
}

async function startAppUnderTest(): Promise<AppServer> {
  const benchUrl = process.env.BENCH_URL?.trim();
  if (benchUrl) return externalServer(benchUrl);
  const root = repoRoot();
  await ensureBuild(root);
  return startApp(root, Number(process.env.LIGHTHOUSE_PORT ?? 3510), process.env.BENCH_VERBOSE === "1");
}

/**
 * Lighthouse's own CLI, run by plain node: under tsx, the functions Lighthouse
 * sends into the page would carry esbuild's `__name` helper and fail there.
 */
function lighthouseCli(root: string): string {
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  if (!fs.existsSync(cli)) throw new Error(`${cli} not found: run npm install`);
  return cli;
}

/** One Lighthouse run in a fresh browser; throws with the reason it failed. */
async function runOnce(cli: string, url: string, preset: Preset, outFile: string, deliberate: string[]): Promise<RunFigures> {
  const chromeFlags = [...CHROME_FLAGS, ...extraChromeFlags()];
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags, logLevel: "silent" });
  const unregister = onCleanup(async () => chrome.kill());
  try {
    fs.rmSync(outFile, { force: true });
    const args = [cli, url, `--port=${chrome.port}`, "--output=json", `--output-path=${outFile}`, "--quiet"];
    args.push(`--only-categories=${CATEGORIES.join(",")}`, ...(preset === "desktop" ? ["--preset=desktop"] : []));
    const { status, output } = await run(process.execPath, args);
    if (status !== "0" || !fs.existsSync(outFile)) throw new Error(`lighthouse exited ${status}: ${output.trim().slice(-500)}`);
    return figures(JSON.parse(fs.readFileSync(outFile, "utf8")) as Result, deliberate);
  } finally {
    unregister();
    chrome.kill();
  }
}

/** A category's score as Lighthouse weighs it, with the deliberate failures counted as passed. */
function categoryScore(lhr: Result, category: Category, deliberate: string[]): number | undefined {
  const c = lhr.categories[category];
  if (typeof c?.score !== "number") return undefined;
  if (!c.auditRefs.some((ref) => deliberate.includes(ref.id))) return c.score;
  let sum = 0;
  let weights = 0;
  for (const ref of c.auditRefs) {
    const score = lhr.audits[ref.id]?.score;
    if (ref.weight === 0 || typeof score !== "number") continue;
    sum += ref.weight * (deliberate.includes(ref.id) ? 1 : score);
    weights += ref.weight;
  }
  return weights > 0 ? sum / weights : c.score;
}

function figures(lhr: Result, deliberate: string[]): RunFigures {
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const scores: Partial<Record<Category, number>> = {};
  for (const c of CATEGORIES) {
    const score = categoryScore(lhr, c, deliberate);
    if (score !== undefined) scores[c] = Math.round(score * 100);
  }
  const metric = (id: string): number | undefined => lhr.audits[id]?.numericValue;
  return {
    scores,
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}

interface AuditContext {
  cli: string;
  runs: number;
  outFile: string;
}

async function audit(page: Target, url: string, preset: Preset, ctx: AuditContext): Promise<Outcome> {
  const runs = ctx.runs;
  const outcome: Outcome = { page: page.name, preset, runs: [], failures: [] };
  for (let i = 1; i <= runs; i++) {
    console.error(`lighthouse: ${page.name}/${preset} run ${i}/${runs}: ${url}`);
    try {
      outcome.runs.push(await runOnce(ctx.cli, url, preset, ctx.outFile, DELIBERATE_FAILURES[page.name] ?? []));
    } catch (err) {
      if (interrupted()) throw err;
      const line = `${page.name}/${preset} run ${i}: failed: ${errorMessage(err)}`;
      console.error(`lighthouse: ${line}`);
      outcome.failures.push(line);
    }
  }
  return outcome;
}

// ---------------------------------------------------------------- report

function median(values: (number | undefined)[]): number | undefined {
  const v = values.filter((x): x is number => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1]! + v[mid]!) / 2;
}

function fmt(value: number | undefined, render: (n: number) => string): string {
  return value === undefined ? "-" : render(value);
}

function row(o: Outcome, runs: number): string[] {
  const target = TARGETS[o.preset];
  const scores = CATEGORIES.map((c) => median(o.runs.map((r) => r.scores[c])));
  const missed = CATEGORIES.filter((c, i) => scores[i] === undefined || scores[i]! < target[c]);
  return [
    `${o.page}/${o.preset}`,
    ...scores.map((s) => fmt(s, (n) => String(Math.round(n)))),
    fmt(median(o.runs.map((r) => r.lcpMs)), (n) => `${(n / 1000).toFixed(2)} s`),
    fmt(median(o.runs.map((r) => r.tbtMs)), (n) => `${Math.round(n)} ms`),
    fmt(median(o.runs.map((r) => r.cls)), (n) => n.toFixed(3)),
    fmt(median(o.runs.map((r) => r.benchmarkIndex)), (n) => String(Math.round(n))),
    `${o.runs.length}/${runs}`,
    CATEGORIES.map((c) => (target[c] === 100 ? "100" : `≥${target[c]}`)).join("/"),
    missed.length === 0 ? "yes" : `no (${missed.join(", ")})`,
  ];
}

function table(outcomes: Outcome[], runs: number): string {
  const header = ["", "perf", "a11y", "bp", "seo", "LCP", "TBT", "CLS", "CPU index", "runs", "target perf/a11y/bp/seo", "met"];
  const all = [header, ...outcomes.map((o) => row(o, runs))];
  const widths = header.map((_, i) => Math.max(...all.map((line) => line[i]!.length)));
  const left = new Set([0, 10, 11]);
  const fmtLine = (line: string[]): string =>
    line.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  return [fmtLine(header), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(fmtLine)].join("\n");
}

function browserVersion(): string {
  const r = spawnSync(chromePath(), ["--version"], { encoding: "utf8", timeout: 10_000 });
  return (r.stdout ?? "").trim() || `${chromePath()} (version unknown)`;
}

/** A results page of the seed's own words (the query goes through proxy.ts's rewrite, as a reader's does). */
const SEARCH_RESULTS: Target = { name: "search", path: `/search?q=${encodeURIComponent("دير الزور")}` };

async function main(): Promise<number> {
  installSignalHandlers();
  const runs = readRuns();
  const ctx: AuditContext = { cli: lighthouseCli(repoRoot()), runs, outFile: path.join(makeTempDir(), "lhr.json") };
  const app = await startAppUnderTest();
  const [home, article] = await discoverTargets(app);
  const pages = [home!, await discoverSection(app), SEARCH_RESULTS, article!];
  const outcomes: Outcome[] = [];
  for (const page of pages) {
    for (const preset of PRESETS) {
      if (selected(page.name, preset)) outcomes.push(await audit(page, app.urlFor(page)!, preset, ctx));
    }
  }
  const failures = outcomes.flatMap((o) => o.failures);
  console.log(
    [
      "",
      `Lighthouse 12.2.3 with ${browserVersion()}; median of ${runs} run(s) per row; mobile = Lighthouse's default (simulated slow 4G, 4× CPU slowdown)` +
        (extraChromeFlags().length ? `; extra Chromium flags: ${extraChromeFlags().join(" ")}` : ""),
      ...pages.map((p) => `${p.name}: ${p.path}`),
      "",
      table(outcomes, runs),
      "",
      ...pages
        .filter((p) => DELIBERATE_FAILURES[p.name])
        .map((p) => `${p.name}: counted as passed on purpose: ${DELIBERATE_FAILURES[p.name]!.join(", ")} (DELIBERATE_FAILURES)`),
      `CPU index: Lighthouse's benchmarkIndex of the machine during the runs (lower = slower or busier); ` +
        `load average now ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} on ${os.cpus().length} CPU(s)`,
      ...(failures.length > 0 ? ["", ...failures] : []),
    ].join("\n"),
  );
  return failures.length === 0 ? 0 : 1;
}

main()
  .catch((err: unknown) => {
    if (!interrupted()) console.error(`lighthouse: ${errorMessage(err)}`);
    return 1;
  })
  .then(async (code) => {
    if (interrupted()) return;
    await runCleanups();
    process.exit(code);
  });
