import { createServer } from 'node:http';
import next from 'next';
import { announceStampedAddresses } from '@/lib/client-address';
import { databasePath } from '@/lib/env';
import { securityOptionsFromEnv } from '@/lib/security-headers';
import { gracefulShutdown } from '@/lib/server/graceful-shutdown';
import { createKhabarServer } from '@/lib/server/khabar-server';
import { removePidFile, writePidFile } from '@/lib/server/pid-file';

// The production server: Next.js's request handler behind lib/server/khabar-server.ts (the client's
// address, security headers with hashed inline scripts, compression, the micro-cache, the personal
// hint, GET /api/me, admin refusals as 403). `next start` works too, slower and with less of that.

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const microCacheMs = Number(process.env.MICRO_CACHE_MS ?? 1000);
const trustProxy = process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true';
// How long SIGTERM waits for the requests under way before it cuts their connections.
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);

async function main() {
  // Next builds each request's own URL on this name, and proxy.ts sees that URL with any loopback host
  // renamed `localhost` (NextURL). A rewrite to another origin is proxied over HTTP, so with HOSTNAME=127.0.0.1
  // the /search rewrite went out and back in. The name is used for nothing else here (listen() below binds
  // HOSTNAME); e2e/search.spec.ts fails if a rewrite stops being internal.
  const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost', conf: undefined });
  const handle = app.getRequestHandler();
  await app.prepare();
  announceStampedAddresses();
  const server = createServer();
  const { shutdown } = gracefulShutdown(server, shutdownTimeoutMs);
  const { listener } = createKhabarServer({
    handle,
    microCacheMs,
    trustProxy,
    security: securityOptionsFromEnv(),
    port: () => {
      const address = server.address();
      return address && typeof address !== 'string' ? address.port : null;
    },
  });
  server.on('request', listener);
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    writePidFile(databasePath());
    const address = server.address();
    const bound = address && typeof address !== 'string' ? address.port : port;
    console.log(`خبر: http://${hostname ?? 'localhost'}:${bound} (micro-cache ${microCacheMs} ms)`);
  });
  const stop = async (signal: NodeJS.Signals) => {
    console.log(`${signal}: إيقاف الخادم بعد إنهاء الطلبات الجارية (finishing requests in flight)…`);
    const { cut, failedHooks, ms } = await shutdown();
    removePidFile(databasePath());
    const problems = [cut > 0 ? `${cut} request(s) cut after ${shutdownTimeoutMs} ms` : '', ...failedHooks.map((h) => `${h} failed`)];
    console.log(`stopped in ${ms} ms${problems.some(Boolean) ? `: ${problems.filter(Boolean).join(', ')}` : ''}`);
    process.exit(failedHooks.length > 0 ? 1 : 0);
  };
  process.once('SIGTERM', (s) => void stop(s)).once('SIGINT', (s) => void stop(s));
}

void main();
