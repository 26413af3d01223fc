/** The search rows: a cached results page over HTTP, and query latency on the database itself. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Target } from "./types";

/** A results page of a word the seed holds, as readers reach it (served from the page caches). */
export const SEARCH_TARGET: Target = { name: "search", path: `/search?q=${encodeURIComponent("الانتخابات")}` };

/**
 * Search p50/p95 straight on the database (scripts/bench-search.ts): the site's own, and the large
 * generated one when there is one (BENCH_SEARCH_DB, default data/large.db; npm run db:generate-large).
 */
export function searchLatencyLines(root: string, env: NodeJS.ProcessEnv): string[] {
  const large = env.BENCH_SEARCH_DB?.trim() || "data/large.db";
  const files = [undefined, fs.existsSync(path.resolve(root, large)) ? large : null];
  const lines: string[] = [];
  for (const file of files) {
    if (file === null) {
      lines.push(`search on ${large}: not measured (no such file; npm run db:generate-large -- --articles 100000)`);
      continue;
    }
    const args = ["tsx", "--conditions=react-server", "scripts/bench-search.ts", ...(file ? ["--file", file] : [])];
    const run = spawnSync("npx", args, { cwd: root, encoding: "utf8", timeout: 600_000 });
    const out = `${run.stdout ?? ""}`.trim();
    if (run.status !== 0 || !out) throw new Error(`bench-search ${file ?? "(site database)"} failed: ${`${run.stderr ?? ""}`.trim().slice(-500)}`);
    lines.push(out);
  }
  return lines;
}
