/** Running wrk and parsing its report. */
import * as path from "node:path";
import { assertLoopbackUrl } from "./http";
import { run } from "./proc";

/**
 * Counts responses by status class (wrk's own count is of status >= 400 only). Its per-response
 * Lua hook costs wrk itself: it cut wrk's rate against nginx by 20-45 % on the 2-core machine, so
 * rows are timed without it (see `countStatus`).
 */
const STATUS_SCRIPT = path.join(__dirname, "count-status.lua");

export interface WrkOptions {
  threads: number;
  connections: number;
  /** wrk duration, e.g. "10s", "1m". */
  duration: string;
  headers?: Record<string, string>;
  /** Count every response by status class with count-status.lua (exact, but slows wrk). */
  countStatus?: boolean;
}

export interface WrkResult {
  /** Responses per second not counted as failed (see `ok`): only these count as throughput. */
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Every response wrk read, whatever its status. */
  requests: number;
  /** 2xx responses when `statusCounted`; otherwise every response below 400, which wrk cannot split. */
  ok: number;
  /** 3xx responses (0 unless `statusCounted`). */
  redirects: number;
  /** Responses neither 2xx nor 3xx. */
  badStatus: number;
  /** Whether count-status.lua counted 2xx and 3xx apart. */
  statusCounted: boolean;
  /** connect + read + write + timeout socket errors */
  socketErrors: number;
}

/** Runs `wrk -tT -cC -dD --latency [-s count-status.lua] [-H ...] URL` and parses its output. */
export async function runWrk(wrk: string, url: string, opts: WrkOptions): Promise<WrkResult> {
  assertLoopbackUrl(url);
  const args = [`-t${opts.threads}`, `-c${opts.connections}`, `-d${opts.duration}`, "--latency"];
  if (opts.countStatus) args.push("-s", STATUS_SCRIPT);
  for (const [name, value] of Object.entries(opts.headers ?? {})) args.push("-H", `${name}: ${value}`);
  args.push(url);
  const { status, output } = await run(wrk, args);
  if (status !== "0") throw new Error(`wrk ${args.join(" ")} failed (${status}):\n${output.trim()}`);
  return parseWrkOutput(output);
}

const TIME_UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Converts a wrk time such as "250.00us", "1.06ms", "2.00s" to milliseconds. */
export function wrkTimeToMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!m) throw new Error(`unrecognised wrk time "${text}"`);
  return Number(m[1]) * TIME_UNIT_MS[m[2]!]!;
}

export function parseWrkOutput(output: string): WrkResult {
  const need = (re: RegExp, what: string): RegExpExecArray => {
    const m = re.exec(output);
    if (!m) throw new Error(`could not find ${what} in wrk output:\n${output.trim()}`);
    return m;
  };
  const percentile = (p: number): number =>
    wrkTimeToMs(need(new RegExp(`^\\s*${p}(?:\\.0+)?%\\s+(\\S+)\\s*$`, "m"), `${p}% latency`)[1]!);

  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const total = need(/^\s*(\d+) requests in ([\d.]+\w+)/m, "request count");
  const requests = Number(total[1]);
  const seconds = wrkTimeToMs(total[2]!) / 1000;
  // wrk's own count, of status >= 400 ("Non-2xx or 3xx responses").
  const wrkBad = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const counted = /^khabar status: 2xx (\d+), 3xx (\d+), other (\d+)$/m.exec(output);
  const [ok, redirects, other] = counted
    ? (counted.slice(1, 4).map(Number) as [number, number, number])
    : [requests - wrkBad, 0, wrkBad];
  return {
    requestsPerSec: seconds > 0 ? ok / seconds : 0,
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    requests,
    ok,
    redirects,
    badStatus: Math.max(other, wrkBad),
    statusCounted: counted !== null,
    socketErrors: socket ? socket.slice(1, 5).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}
