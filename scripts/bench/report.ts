/** Printing: machine info, the results table and the ratio lines. */
import * as os from "node:os";
import { totalBytes, VIEWPORT } from "./jsweight";
import type { JsWeight } from "./jsweight";
import type { BenchServer, Target } from "./types";
import type { WrkResult } from "./wrk";

export interface Row {
  target: Target;
  server: BenchServer;
  /** The timed run. */
  result: WrkResult;
  /** The warm-up just before it, with every status counted. */
  warmup?: WrkResult;
  /** What the URL answered right after the timed run. */
  statusAfter: number;
}

export function machineInfo(tools: Record<string, string>): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? "unknown CPU";
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  return [
    `machine: ${cpus.length} CPU(s) (${model}), ${gib} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}`,
    `node ${process.version}; ${Object.entries(tools)
      .map(([k, v]) => `${k} ${v}`)
      .join("; ")}`,
    `note: the servers and wrk share these ${cpus.length} CPU(s) on one machine, so compare rows as ratios, not as absolute capacity.`,
    `load average (1/5/15 min) at the end: ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} (other work on the machine skews every row)`,
  ];
}

export function formatMs(ms: number): string {
  if (ms < 10) return ms.toFixed(2);
  if (ms < 1000) return ms.toFixed(1);
  return ms.toFixed(0);
}

function formatRate(r: number): string {
  return r >= 100 ? r.toFixed(0) : r.toFixed(1);
}

export function resultsTable(rows: Row[]): string {
  const header = ["", "2xx/s", "p50 ms", "p99 ms", "requests", "non-2xx", "warm-up non-2xx", "socket errors"];
  const body = rows.map((r) => [
    `${r.target.name}/${r.server.name}`,
    formatRate(r.result.requestsPerSec),
    formatMs(r.result.p50Ms),
    formatMs(r.result.p99Ms),
    String(r.result.requests),
    String(r.result.requests - r.result.ok),
    r.warmup ? String(r.warmup.requests - r.warmup.ok) : "-",
    String(r.result.socketErrors),
  ]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((line) => line[i]!.length)));
  const fmt = (line: string[]): string =>
    line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [
    fmt(header),
    rule,
    ...body.map(fmt),
    "(2xx/s: responses per second, leaving out every one counted as non-2xx. Every target answers 200, so any non-2xx",
    " fails the run. Timed runs have no per-response Lua hook (it slows wrk itself), so there only status >= 400 is seen",
    " (wrk's own count); each row's warm-up counts 3xx as well (scripts/bench/count-status.lua), and each URL must",
    " answer 200 right after its row.)",
  ].join("\n");
}

/**
 * One line per (target, non-baseline server), e.g.
 * "article: next start = 2.1% of nginx req/s (p50 12.0 ms vs 0.40 ms, p99 41.2 ms vs 1.40 ms)".
 */
export function ratioLines(rows: Row[], baselineName: string): string[] {
  const lines: string[] = [];
  for (const base of rows.filter((r) => r.server.name === baselineName)) {
    for (const r of rows) {
      if (r.target !== base.target || r === base) continue;
      const pct = base.result.requestsPerSec > 0 ? (100 * r.result.requestsPerSec) / base.result.requestsPerSec : NaN;
      lines.push(
        `${r.target.name}: ${r.server.label} = ${pct.toFixed(1)}% of ${base.server.label} req/s` +
          (r.server.targetPct !== undefined ? ` (target ≥${r.server.targetPct}%)` : "") +
          ` (p50 ${formatMs(r.result.p50Ms)} ms vs ${formatMs(base.result.p50Ms)} ms,` +
          ` p99 ${formatMs(r.result.p99Ms)} ms vs ${formatMs(base.result.p99Ms)} ms)`,
      );
    }
  }
  return lines;
}

/** Every row expects 200: a row with any other answer, in its warm-up or timed run, makes the run fail. */
export function statusFailures(rows: Row[]): string[] {
  const notOk = (w: WrkResult, what: string) =>
    w.ok === w.requests && w.badStatus === 0
      ? []
      : [`${what} ${w.requests - w.ok} of ${w.requests} responses were not 2xx (${w.redirects} 3xx, ${w.badStatus} other)`];
  return rows.flatMap((r) => {
    const problems = [
      ...(r.warmup ? notOk(r.warmup, "warm-up:") : []),
      ...notOk(r.result, "timed run:"),
      ...(r.statusAfter === 200 ? [] : [`answered ${r.statusAfter} right after`]),
    ];
    return problems.length === 0 ? [] : [`FAILED: ${r.target.name}/${r.server.name}: ${problems.join("; ")}, where 200 was expected`];
  });
}

export function warnings(rows: Row[]): string[] {
  return rows
    .filter((r) => r.result.socketErrors > 0)
    .map(
      (r) =>
        `warning: ${r.target.name}/${r.server.name}: ${r.result.socketErrors} socket errors ` +
        `(connect/read/write/timeout); its figures are suspect`,
    );
}

/** The signed-in target: this share of the anonymous article figure, in %. */
const SIGNED_IN_TARGET_PCT = 50;

/**
 * A signed-in page view costs the article HTML plus GET /api/me, so its rate
 * is 1 / (1/page + 1/me), compared with the anonymous article on the app.
 */
export function signedInLines(rows: Row[], appName: string, hinted: boolean): string[] {
  const find = (name: string): WrkResult | undefined =>
    rows.find((r) => r.target.name === name && r.server.name === appName)?.result;
  const page = find("article-signed-in");
  const me = find("api-me");
  const anonymous = find("article");
  if (!page || !me || !anonymous) return [];
  const pctOf = (rate: number) => `${((100 * rate) / anonymous.requestsPerSec).toFixed(1)}%`;
  const withMe = 1 / (1 / page.requestsPerSec + 1 / me.requestsPerSec);
  const anonymousRate = `the anonymous article/${appName} ${formatRate(anonymous.requestsPerSec)} req/s`;
  const lines = hinted
    ? [
        `signed-in article page view (the article HTML with the session cookie; its personal hint cookie answers the page): ` +
          `${formatRate(page.requestsPerSec)} views/s = ${pctOf(page.requestsPerSec)} of ${anonymousRate} (target ≥${SIGNED_IN_TARGET_PCT}%)`,
        `  with comments of their own on the article (+ GET /api/me): 1 / (1/${formatRate(page.requestsPerSec)} + 1/${formatRate(me.requestsPerSec)}) = ` +
          `${formatRate(withMe)} views/s = ${pctOf(withMe)}`,
      ]
    : [
        `signed-in article page view (article HTML + GET /api/me, both with the session cookie; no personal hint cookie from this server): ` +
          `1 / (1/${formatRate(page.requestsPerSec)} + 1/${formatRate(me.requestsPerSec)}) = ${formatRate(withMe)} views/s` +
          ` = ${pctOf(withMe)} of ${anonymousRate} (target ≥${SIGNED_IN_TARGET_PCT}%)`,
      ];
  return [...lines, `/api/me alone, signed in: ${formatRate(me.requestsPerSec)} req/s (p50 ${formatMs(me.p50Ms)} ms, p99 ${formatMs(me.p99Ms)} ms)`];
}

const OWN_JS_TARGET_KB = 15;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The article's JavaScript at load and in total (with what loads when the reader scrolls to the
 * comment form), against the framework floor (an empty page of the same build).
 */
export function jsLines(page: JsWeight, empty: JsWeight, emptyLabel: string, revealed: string): string[] {
  const atLoad = totalBytes(page.scripts);
  const lazy = totalBytes(page.lazy);
  const floor = totalBytes(empty.scripts) + totalBytes(empty.lazy);
  const list = (urls: string[], sizes: Map<string, number>) =>
    urls.length === 0 ? "none" : urls.map((u) => `${u} ${kb(sizes.get(u)!)}`).join(", ");
  const onlyHere = [...page.scripts.keys()].filter((url) => !empty.scripts.has(url));
  return [
    `article page JS (gzip -9, Chromium ${VIEWPORT.width}×${VIEWPORT.height}): at load ${kb(atLoad)} (${page.scripts.size} scripts); ` +
      `after scrolling to ${revealed} +${kb(lazy)} (${page.lazy.size} lazily loaded); total ${kb(atLoad + lazy)}`,
    `  what a reader downloads before interacting (gzip -9): HTML ${kb(page.htmlBytes)} + JavaScript ${kb(atLoad)} = ${kb(page.htmlBytes + atLoad)}` +
      ` (WordPress 6.1's article: about 20 KB)`,
    `  framework floor (empty page: ${emptyLabel}): ${kb(floor)} (${empty.scripts.size + empty.lazy.size} scripts)`,
    `  the page's own, once the framework is loaded: ${kb(Math.max(0, atLoad + lazy - floor))} (target ≤${OWN_JS_TARGET_KB} KB)`,
    `  scripts only on the article page at load: ${list(onlyHere, page.scripts)}`,
    `  loaded lazily: ${page.lazy.size === 0 ? "none (everything loaded with the page)" : list([...page.lazy.keys()], page.lazy)}`,
    `  not counted: nomodule polyfills (${kb(page.nomoduleBytes)}), which modern browsers do not download`,
  ];
}
