/** Printing: machine info, the results table and the ratio lines. */
import * as os from "node:os";
import type { BenchServer, Target } from "./types";
import type { WrkResult } from "./wrk";

export interface Row {
  target: Target;
  server: BenchServer;
  result: WrkResult;
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
  const header = ["", "req/s", "p50 ms", "p99 ms", "requests", "errors"];
  const body = rows.map((r) => [
    `${r.target.name}/${r.server.name}`,
    formatRate(r.result.requestsPerSec),
    formatMs(r.result.p50Ms),
    formatMs(r.result.p99Ms),
    String(r.result.requests),
    String(r.result.badStatus + r.result.socketErrors),
  ]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((line) => line[i]!.length)));
  const fmt = (line: string[]): string =>
    line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [fmt(header), rule, ...body.map(fmt)].join("\n");
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
          ` (p50 ${formatMs(r.result.p50Ms)} ms vs ${formatMs(base.result.p50Ms)} ms,` +
          ` p99 ${formatMs(r.result.p99Ms)} ms vs ${formatMs(base.result.p99Ms)} ms)`,
      );
    }
  }
  return lines;
}

export function warnings(rows: Row[]): string[] {
  return rows
    .filter((r) => r.result.badStatus > 0 || r.result.socketErrors > 0)
    .map(
      (r) =>
        `warning: ${r.target.name}/${r.server.name}: ${r.result.badStatus} non-2xx/3xx responses, ` +
        `${r.result.socketErrors} socket errors (connect/read/write/timeout); its figures are suspect`,
    );
}
