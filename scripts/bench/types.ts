/** Shared shapes. New rows = new targets and/or new servers. */

/** A page to benchmark, as a path on the app (e.g. "/", "/news/12/slug"). */
export interface Target {
  /** Short row name: "home", "article", later e.g. "article-signed-in". */
  name: string;
  /** Path + query on the app server, already percent-encoded. */
  path: string;
  /** Extra request headers (e.g. a session Cookie for signed-in rows). */
  headers?: Record<string, string>;
}

/** Something that serves the targets: next start, static nginx, a proxy... */
export interface BenchServer {
  /** Short row name: "next", "nginx", later e.g. "nginx>next". */
  name: string;
  /** Longer description used in the ratio lines, e.g. "next start". */
  label: string;
  /** The share of the baseline's req/s this server should reach, in %. */
  targetPct?: number;
  /** URL (on 127.0.0.1) at which this server serves `target`, if it does. */
  urlFor(target: Target): string | undefined;
}
