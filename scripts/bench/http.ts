/**
 * Minimal HTTP client for the benchmark. Every request goes to 127.0.0.1 and
 * nowhere else; bodies are returned as raw bytes (no decompression), exactly
 * as wrk would receive them (wrk sends no Accept-Encoding).
 */
import * as http from "node:http";
import * as net from "node:net";
import { sleep } from "./proc";

export const LOOPBACK = "127.0.0.1";

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Throws unless `url` is plain http on 127.0.0.1 with an explicit port. */
export function assertLoopbackUrl(url: string): URL {
  const u = new URL(url);
  if (u.protocol !== "http:" || u.hostname !== LOOPBACK || u.port === "") {
    throw new Error(`refusing to send traffic to ${url}: only http://${LOOPBACK}:<port> is allowed`);
  }
  return u;
}

export function loopbackUrl(port: number, pathAndQuery = "/"): string {
  return `http://${LOOPBACK}:${port}${pathAndQuery}`;
}

/** GET a 127.0.0.1 URL; resolves with status, headers and raw body bytes. */
export function get(url: string, headers: Record<string, string> = {}, timeoutMs = 10_000): Promise<HttpResponse> {
  return request("GET", url, { headers, timeoutMs });
}

export interface RequestOptions {
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
}

/** Any method to a 127.0.0.1 URL; redirects are not followed. */
export function request(method: string, url: string, opts: RequestOptions = {}): Promise<HttpResponse> {
  const u = assertLoopbackUrl(url);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const headers: Record<string, string | number> = { ...opts.headers, connection: "close" };
  if (opts.body !== undefined) headers["content-length"] = Buffer.byteLength(opts.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: LOOPBACK, port: Number(u.port), path: `${u.pathname}${u.search}`, method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${url}`)));
    req.on("error", reject);
    req.end(opts.body);
  });
}

/**
 * Polls `url` until it answers 200. Fails after `timeoutMs`, or as soon as
 * `abort()` returns a reason (e.g. the server process exited).
 */
export async function waitForOk(url: string, timeoutMs: number, abort: () => string | undefined = () => undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    const reason = abort();
    if (reason !== undefined) throw new Error(reason);
    try {
      const res = await get(url, {}, 5_000);
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s (last: ${last})`);
}

/** A TCP port on 127.0.0.1 that is free right now; tries `preferred` first. */
export async function freePort(preferred?: number): Promise<number> {
  if (preferred !== undefined) {
    const p = await tryListen(preferred);
    if (p !== undefined) return p;
  }
  const p = await tryListen(0);
  if (p === undefined) throw new Error("could not find a free TCP port on 127.0.0.1");
  return p;
}

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(undefined));
    srv.listen(port, LOOPBACK, () => {
      const addr = srv.address();
      const got = typeof addr === "object" && addr !== null ? addr.port : undefined;
      srv.close(() => resolve(got));
    });
  });
}
