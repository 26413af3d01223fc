import { createServer } from 'node:http';
import next from 'next';
import { announceStampedAddresses } from '@/lib/client-address';
import { securityOptionsFromEnv } from '@/lib/security-headers';
import { createKhabarServer } from '@/lib/server/khabar-server';

// The production server: Next.js's request handler behind lib/server/khabar-server.ts (the client's
// address, security headers with hashed inline scripts, compression, the micro-cache, the personal
// hint, GET /api/me, admin refusals as 403). `next start` works too, slower and with less of that.

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const microCacheMs = Number(process.env.MICRO_CACHE_MS ?? 1000);
const trustProxy = process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true';

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
    console.log(`خبر: http://${hostname ?? 'localhost'}:${port} (micro-cache ${microCacheMs} ms)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop).once('SIGINT', stop);
}

void main();
