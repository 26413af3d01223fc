/** The Khabar app under test: build if needed, start it, find the targets. */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { assertLoopbackUrl, freePort, get, loopbackUrl, waitForOk } from "./http";
import { spawnGroup } from "./proc";
import type { BenchServer, Target } from "./types";

// scripts/start.ts rebuilds a stale build first (~20 s idle, minutes on a busy machine).
const START_TIMEOUT_MS = 300_000;

/** The app under test, with the origin it answers on. */
export interface AppServer extends BenchServer {
  origin: string;
}

/** The build folder, relative to the repository root (as next.config.ts reads it). */
export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

/** The directory holding package.json above the running script. */
export function repoRoot(): string {
  let dir = path.dirname(fs.realpathSync(process.argv[1] ?? "."));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Runs `npm run build` (stdio inherited) unless <distDir>/BUILD_ID exists. */
export async function ensureBuild(root: string): Promise<void> {
  if (fs.existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) {
    console.error(`build: ${DIST_DIR}/BUILD_ID exists, not rebuilding (scripts/start.ts still rebuilds a stale one)`);
    return;
  }
  console.error(`build: no ${DIST_DIR}/BUILD_ID, running npm run build`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (c) => resolve(c));
  });
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
}

/**
 * Starts `npx tsx scripts/start.ts` (migrate + seed + next start) with PORT
 * (and `env`) set, in its own process group, and waits until GET / answers 200.
 */
export async function startApp(root: string, preferredPort: number, echo: boolean, env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort(preferredPort);
  console.error(`app: starting it on ${loopbackUrl(port)} (npx tsx scripts/start.ts)`);
  const proc = spawnGroup("npx", ["tsx", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    echo,
  });
  let exitStatus: string | undefined;
  void proc.exited.then((s) => (exitStatus = s));
  const started = Date.now();
  try {
    await waitForOk(loopbackUrl(port), START_TIMEOUT_MS, () =>
      exitStatus === undefined ? undefined : `the app server exited (${exitStatus}) before answering`,
    );
  } catch (err) {
    const log = proc.output().trim();
    if (log !== "" && !echo) console.error(`--- app server output (tail) ---\n${log}\n---`);
    await proc.stop();
    throw err;
  }
  console.error(`app: ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return baseUrlServer("next", "the app (scripts/start.ts)", loopbackUrl(port, ""));
}

/** An already running server at `baseUrl` (BENCH_URL), e.g. for checks. */
export function externalServer(baseUrl: string): AppServer {
  const u = assertLoopbackUrl(baseUrl);
  console.error(`app: using the already running server at ${u.origin} (BENCH_URL), not building or starting`);
  return baseUrlServer("next", `server at ${u.origin}`, u.origin);
}

function baseUrlServer(name: string, label: string, origin: string): AppServer {
  return { name, label, origin, urlFor: (t) => `${origin}${t.path}` };
}

/** The numeric id in an article path /news/<id>/<slug>. */
export function articleId(articlePath: string): string {
  const id = /^\/news\/(\d+)\//.exec(articlePath)?.[1];
  if (id === undefined) throw new Error(`no article id in ${articlePath}`);
  return id;
}

const ARTICLE_HREF = /href\s*=\s*["'](\/news\/\d+\/[^"'#\s]*)/i;
const SECTION_HREF = /href\s*=\s*["'](\/section\/[^"'#\s?]+)/i;

/** Home plus the first article linked from the home page. */
export async function discoverTargets(app: BenchServer): Promise<Target[]> {
  const home: Target = { name: "home", path: "/" };
  const res = await get(app.urlFor(home)!);
  if (res.status !== 200) throw new Error(`GET / answered ${res.status}, expected 200`);
  const m = ARTICLE_HREF.exec(res.body.toString("utf8"));
  if (!m) throw new Error("no link matching ^/news/<id>/ found in the home page HTML");
  const article: Target = { name: "article", path: m[1]!.replace(/&amp;/g, "&") };
  return [home, article];
}

/** The first section the home page links to (Lighthouse audits it beside home and the article). */
export async function discoverSection(app: BenchServer): Promise<Target> {
  const res = await get(app.urlFor({ name: "home", path: "/" })!);
  const m = SECTION_HREF.exec(res.body.toString("utf8"));
  if (!m) throw new Error("no link matching ^/section/<slug> found in the home page HTML");
  return { name: "section", path: m[1]!.replace(/&amp;/g, "&") };
}
