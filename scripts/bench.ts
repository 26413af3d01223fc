/**
 * npm run bench
 *
 * Starts the production server (building only if .next/BUILD_ID is missing),
 * then measures requests/s and p50/p99 latency of the home and article pages
 * with wrk (2 threads, 20 connections, 10 s) next to nginx serving a saved
 * copy of the very same HTML, in the same run, and prints the ratios.
 *
 * Environment:
 *   BENCH_URL=http://127.0.0.1:PORT  benchmark an already running server
 *                                    (no build, no start); 127.0.0.1 only
 *   BENCH_DURATION=10s               wrk duration per row
 *   BENCH_WARMUP=2s                  wrk warm-up per row before measuring ("0" = none)
 *   BENCH_PORT=3210                  preferred port for the app (a free one otherwise)
 *   BENCH_VERBOSE=1                  stream the app server's output
 *
 * All traffic goes to 127.0.0.1 only.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { discoverTargets, ensureBuild, externalServer, startApp } from "./bench/app";
import { get } from "./bench/http";
import { makeTempDir, snapshotTargets, startStaticNginx } from "./bench/nginx";
import { errorMessage, findExecutable, installSignalHandlers, interrupted, runCleanups } from "./bench/proc";
import { machineInfo, ratioLines, resultsTable, warnings } from "./bench/report";
import type { Row } from "./bench/report";
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

function readConfig(env: NodeJS.ProcessEnv): Config {
  const duration = (name: string, fallback: string): string => {
    const value = (env[name] ?? "").trim() || fallback;
    if (!/^\d+[smh]?$/.test(value)) throw new Error(`${name}="${value}": expected e.g. 10s, 3s or 1m`);
    return value;
  };
  const warmup = duration("BENCH_WARMUP", "2s");
  const port = Number(env.BENCH_PORT ?? 3210);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`BENCH_PORT="${env.BENCH_PORT}" is not a port`);
  return {
    benchUrl: env.BENCH_URL?.trim() || undefined,
    duration: duration("BENCH_DURATION", "10s"),
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

/** The directory holding package.json above this script. */
function repoRoot(): string {
  let dir = path.dirname(fs.realpathSync(process.argv[1] ?? "."));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

async function startAppUnderTest(cfg: Config): Promise<BenchServer> {
  if (cfg.benchUrl !== undefined) return externalServer(cfg.benchUrl);
  const root = repoRoot();
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
  if (cfg.warmup !== undefined) await runWrk(wrk, url, { ...opts, duration: cfg.warmup });
  return { target, server, result: await runWrk(wrk, url, opts) };
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

async function main(): Promise<number> {
  installSignalHandlers();
  const cfg = readConfig(process.env);
  const tools = findTools();
  if (tools === undefined) return 1;

  const app = await startAppUnderTest(cfg);
  const targets = await discoverTargets(app);
  const snapshots = await snapshotTargets(app, targets);
  const nginx = await startStaticNginx(tools.nginx, makeTempDir(), snapshots);
  const rows = await measureAll(tools.wrk, targets, [app, nginx], cfg);

  const out: string[] = [
    "",
    ...machineInfo(toolVersions(tools)),
    `wrk -t${WRK_THREADS} -c${WRK_CONNECTIONS} -d${cfg.duration} --latency` + (cfg.warmup ? `, after a ${cfg.warmup} warm-up per row` : ""),
    ...snapshots.map((s) => `${s.target.name}: ${s.target.path} (${(s.body.length / 1024).toFixed(1)} KB HTML)`),
    "",
    resultsTable(rows),
    "",
    ...ratioLines(rows, BASELINE_SERVER),
    ...warnings(rows),
  ];
  console.log(out.join("\n"));
  return 0;
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
