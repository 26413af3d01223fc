import type { Server } from 'node:http';
import { markDraining, runShutdownHooks } from '@/lib/shutdown/hooks';

export type ShutdownOutcome = { cut: number; failedHooks: string[]; ms: number };

/**
 * SIGTERM for scripts/serve.ts: stop accepting connections, let the requests under way finish
 * (up to `timeoutMs`; then their connections are cut), run the shutdown hooks (batched views are
 * written, then the database closes). Must be called before the app's 'request' listener is added,
 * so that a response written at once still learns it is the connection's last.
 */
export function gracefulShutdown(server: Server, timeoutMs: number) {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | null = null;

  server.on('request', (_req, res) => {
    inFlight++;
    // A keep-alive client's next request would otherwise land on a server that is going away.
    if (draining) res.shouldKeepAlive = false;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
  });

  async function shutdown(): Promise<ShutdownOutcome> {
    const started = Date.now();
    draining = true;
    markDraining();
    server.close();
    server.closeIdleConnections();
    let cut = 0;
    if (inFlight > 0) {
      const finished = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        idle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      if (!finished) cut = inFlight;
    }
    server.closeAllConnections();
    const failedHooks = await runShutdownHooks();
    return { cut, failedHooks, ms: Date.now() - started };
  }

  return { shutdown, inFlight: () => inFlight };
}
