/**
 * A signed-in reader for the benchmark: a throwaway user created with
 * scripts/create-user.ts in the app's database (DATABASE_URL), signed in
 * through Auth.js's own credentials endpoint, deleted again at cleanup.
 */
import { randomBytes } from "node:crypto";
import * as path from "node:path";
import Database from "better-sqlite3";
import { articleId } from "./app";
import { request } from "./http";
import type { HttpResponse } from "./http";
import { onCleanup, run } from "./proc";
import type { Target } from "./types";

export interface BenchUser {
  email: string;
  password: string;
}

/** Names of the cookies that carry an Auth.js session (plain, __Secure-, chunked .0/.1...). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Creates the user with `npx tsx scripts/create-user.ts`; it is deleted by runCleanups(). */
export async function createBenchUser(root: string): Promise<BenchUser> {
  const user = { email: `bench-${Date.now()}@example.com`, password: randomBytes(18).toString("base64url") };
  const args = ["tsx", "scripts/create-user.ts", "--email", user.email, "--password", user.password, "--name", "bench"];
  const { status, output } = await run("npx", args, { cwd: root });
  if (status !== "0") throw new Error(`scripts/create-user.ts failed (${status}): ${output.trim()}`);
  onCleanup(async () => deleteUser(root, user.email));
  return user;
}

/** The app's database file, as scripts/create-user.ts resolves DATABASE_URL. */
export function databaseFile(root: string): string {
  const url = process.env.DATABASE_URL?.trim() || "file:data/khabar.db";
  return path.resolve(root, url.startsWith("file:") ? url.slice("file:".length) : url);
}

function deleteUser(root: string, email: string): void {
  const db = new Database(databaseFile(root));
  try {
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    db.prepare("DELETE FROM users WHERE email = ?").run(email);
  } finally {
    db.close();
  }
}

/**
 * Signs in like a browser without JavaScript would: GET /api/auth/csrf for
 * the token and its cookie, then POST the credentials form. Returns the
 * Cookie header value that carries the session.
 */
export async function signIn(origin: string, user: BenchUser): Promise<string> {
  const csrf = await request("GET", `${origin}/api/auth/csrf`);
  const token = (JSON.parse(csrf.body.toString("utf8")) as { csrfToken?: string }).csrfToken;
  if (csrf.status !== 200 || !token) throw new Error(`GET /api/auth/csrf answered ${csrf.status} without a csrfToken`);
  const form = new URLSearchParams({ csrfToken: token, email: user.email, password: user.password, redirect: "false" });
  const res = await request("POST", `${origin}/api/auth/callback/credentials`, {
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(setCookies(csrf)) },
    body: form.toString(),
  });
  const session = setCookies(res).filter(([name]) => SESSION_COOKIE.test(name));
  if (session.length === 0) {
    throw new Error(`sign-in answered ${res.status} (Location: ${String(res.headers.location ?? "-")}) without a session cookie`);
  }
  return cookieHeader(session);
}

/** [name, value] of every Set-Cookie in a response. */
function setCookies(res: HttpResponse): [string, string][] {
  return (res.headers["set-cookie"] ?? []).map((line) => {
    const pair = line.split(";", 1)[0]!;
    const eq = pair.indexOf("=");
    return [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
  });
}

function cookieHeader(cookies: [string, string][]): string {
  return cookies.map(([name, value]) => `${name}=${value}`).join("; ");
}

/**
 * What a signed-in page view costs: the (cached) article HTML with the
 * session cookie, which under scripts/serve.ts carries the personal hint
 * cookie (khabar-me) so the page needs nothing more unless the reader has
 * comments of their own on it; then also GET /api/me?article=<id>.
 * Checks first that both do see the user.
 */
export async function signedInTargets(
  origin: string,
  article: Target,
  cookie: string,
): Promise<{ targets: Target[]; hinted: boolean }> {
  const headers = { cookie };
  const me: Target = { name: "api-me", path: `/api/me?article=${articleId(article.path)}`, headers };
  const res = await request("GET", `${origin}${me.path}`, { headers });
  const body = res.body.toString("utf8");
  if (res.status !== 200 || !/"user"\s*:\s*\{/.test(body)) {
    throw new Error(`GET ${me.path} with the session cookie answered ${res.status} ${body.slice(0, 200)}`);
  }
  const page = await request("GET", `${origin}${article.path}`, { headers });
  const hint = setCookies(page).find(([name]) => name === "khabar-me")?.[1];
  const hinted = hint !== undefined && /%22user%22%3A%7B/.test(hint);
  return { targets: [{ name: "article-signed-in", path: article.path, headers }, me], hinted };
}
