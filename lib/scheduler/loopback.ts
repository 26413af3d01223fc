import { request } from 'node:http';
import { TICK_HEADER, TICK_PATH } from './state';

/** Where this process's own server answers: its HOSTNAME unless it listens on every interface. */
export function loopbackHost(hostname = process.env.HOSTNAME): string {
  return !hostname || hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
}

/**
 * POSTs the tick to this server, so the route runs inside Next's request context (revalidateTag
 * throws from a bare timer). Under `npm start` it passes through lib/server/khabar-server.ts,
 * which then empties the micro-cache of what the route expired.
 */
export function postTick(token: string, port = Number(process.env.PORT || 3000)): Promise<void> {
  return postInternal(TICK_PATH, token, port);
}

/** The same loopback POST to another internal route of this process. */
export function postInternal(path: string, token: string, port = Number(process.env.PORT || 3000)): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: loopbackHost(), port, path, method: 'POST', headers: { [TICK_HEADER]: token, 'content-length': 0 }, timeout: 30_000 },
      (res) => {
        res.resume();
        res.once('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${path} answered ${res.statusCode}`))));
      },
    );
    req.once('timeout', () => req.destroy(new Error(`${path} timed out`)));
    req.once('error', reject);
    req.end();
  });
}
