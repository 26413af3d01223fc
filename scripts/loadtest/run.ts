import { randomBytes } from 'node:crypto';
import { runTraffic, warmUp } from './clients';
import type { LoadReport } from './report';
import { killServer, startServer, stopServer, waitHealthy, type RunningServer, type ServerCommand } from './server';
import { articleTargets, createCommenters } from './users';
import { checkComments, totalViews } from './verify';

export type LoadTestOptions = {
  /** The server to run and restart: scripts/start.ts (`npm start`) or scripts/serve.ts over a ready build. */
  server: ServerCommand;
  databaseFile: string;
  commenters: number;
  readers: number;
  seconds: number;
  /** How many of the newest articles readers and commenters use (30). */
  articles?: number;
  /** How long the first start may take (a build on the first run). */
  startTimeoutMs: number;
  log?: (line: string) => void;
};

/**
 * Starts the server, runs the traffic, kills the server with SIGKILL halfway and starts it again,
 * ends with SIGTERM, then checks the database against what the clients were told.
 */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadReport> {
  const log = options.log ?? (() => {});
  const secret = randomBytes(32).toString('base64url');
  const command = { ...options.server, env: { ...options.server.env, AUTH_SECRET: secret } };
  let server: RunningServer = await startServer(command, options.startTimeoutMs);
  const origin = `http://127.0.0.1:${server.port}`;
  try {
    await waitHealthy(origin, 60_000);
    const runId = randomBytes(4).toString('hex');
    const commenters = await createCommenters(options.databaseFile, options.commenters, runId, secret);
    const articles = articleTargets(options.databaseFile, options.articles ?? 30);
    if (articles.length === 0) throw new Error('no published article open for comments');
    await warmUp(origin, articles);
    const viewsAtStart = totalViews(options.databaseFile);
    log(`server up on ${origin}; ${commenters.length} commenters, ${options.readers} readers, ${articles.length} articles, ${options.seconds} s`);

    const startAt = Date.now() + 200;
    const endAt = startAt + options.seconds * 1000;
    const { traffic, done } = runTraffic({ origin, runId, commenters, readers: options.readers, articles, startAt, endAt });

    // Midway, but not before some comment was acknowledged: a kill before any answer proves nothing.
    await new Promise((r) => setTimeout(r, startAt + (endAt - startAt) / 2 - Date.now()));
    while (traffic.acknowledged.length === 0 && Date.now() < endAt) await new Promise((r) => setTimeout(r, 50));
    const killAt = Date.now();
    await killServer(server);
    const viewsAtKill = totalViews(options.databaseFile);
    log(`kill -9 at +${((killAt - startAt) / 1000).toFixed(1)} s; restarting`);
    server = await startServer({ ...command, port: server.port }, 120_000);
    const upAt = await waitHealthy(origin, 120_000, 20);
    log(`healthy again after ${((upAt - killAt) / 1000).toFixed(2)} s`);

    await done;
    const { samples, acknowledged } = traffic;
    const shutdown = await stopServer(server);
    return {
      commenters: options.commenters,
      readers: options.readers,
      seconds: options.seconds,
      timeline: { startAt, endAt, killAt, upAt },
      samples,
      comments: checkComments(options.databaseFile, runId, acknowledged),
      views: { writtenBeforeKill: viewsAtKill - viewsAtStart, writtenAfterKill: totalViews(options.databaseFile) - viewsAtKill },
      shutdown,
    };
  } finally {
    await killServer(server);
  }
}
