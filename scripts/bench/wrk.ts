/** Running wrk and parsing its report. */
import { assertLoopbackUrl } from "./http";
import { run } from "./proc";

export interface WrkOptions {
  threads: number;
  connections: number;
  /** wrk duration, e.g. "10s", "1m". */
  duration: string;
  headers?: Record<string, string>;
}

export interface WrkResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** "Non-2xx or 3xx responses" */
  badStatus: number;
  /** connect + read + write + timeout socket errors */
  socketErrors: number;
}

/** Runs `wrk -tT -cC -dD --latency [-H ...] URL` and parses its output. */
export async function runWrk(wrk: string, url: string, opts: WrkOptions): Promise<WrkResult> {
  assertLoopbackUrl(url);
  const args = [`-t${opts.threads}`, `-c${opts.connections}`, `-d${opts.duration}`, "--latency"];
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
  return {
    requestsPerSec: Number(need(/^Requests\/sec:\s+([\d.]+)/m, "Requests/sec")[1]),
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    requests: Number(need(/^\s*(\d+) requests in /m, "request count")[1]),
    badStatus: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1, 5).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}
