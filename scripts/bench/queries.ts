/** The query-latency rows: each page's database work, uncached, on the large generated database. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * p50/p95/p99 of each reader page's and the moderation queue's queries (scripts/bench-queries.ts) on
 * the large generated database (BENCH_SEARCH_DB, default data/large.db; npm run db:generate-large).
 */
export function queryLatencyLines(root: string, env: NodeJS.ProcessEnv): string[] {
  const large = env.BENCH_SEARCH_DB?.trim() || "data/large.db";
  if (!fs.existsSync(path.resolve(root, large))) {
    return [`queries on ${large}: not measured (no such file; npm run db:generate-large -- --articles 100000 --comments 1000000)`];
  }
  const args = ["tsx", "--conditions=react-server", "scripts/bench-queries.ts", "--file", large];
  const run = spawnSync("npx", args, { cwd: root, encoding: "utf8", timeout: 600_000 });
  const out = `${run.stdout ?? ""}`.trim();
  if (run.status !== 0 || !out) throw new Error(`bench-queries ${large} failed: ${`${run.stderr ?? ""}`.trim().slice(-500)}`);
  return out.split("\n");
}
