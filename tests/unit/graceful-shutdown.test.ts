import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { gracefulShutdown } from '@/lib/server/graceful-shutdown';
import { isDraining, onShutdown, runShutdownHooks } from '@/lib/shutdown/hooks';

// scripts/serve.ts's SIGTERM path over a plain HTTP server: a slow request under way, a keep-alive
// client, the hooks (views flushed before the database closes).

let server: Server;

afterEach(async () => {
  await runShutdownHooks(() => {});
  server?.closeAllConnections();
  await new Promise((r) => server?.close(() => r(null)) ?? r(null));
});

function get(port: number, path: string, agent?: Agent): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c)).on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
    })
      .on('error', reject)
      .end();
  });
}

async function listen(slowMs: number) {
  server = createServer();
  const drain = gracefulShutdown(server, 2000);
  server.on('request', (req, res) => {
    const wait = req.url === '/slow' ? slowMs : 0;
    setTimeout(() => res.end(`تم ${req.url}`), wait);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { drain, port: (server.address() as AddressInfo).port };
}

describe('graceful shutdown', () => {
  it('lets a request under way finish, refuses new connections, then flushes before it closes', async () => {
    const { drain, port } = await listen(300);
    const order: string[] = [];
    onShutdown('database', 'close', () => void order.push('close database'));
    onShutdown('views', 'flush', async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('flush views');
    });
    const slow = get(port, '/slow');
    await new Promise((r) => setTimeout(r, 50));
    expect(drain.inFlight()).toBe(1);
    const stopping = drain.shutdown();
    expect(isDraining()).toBe(true);
    await expect(get(port, '/late')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(order).toEqual([]); // the hooks wait for the request
    expect(await slow).toMatchObject({ status: 200, body: 'تم /slow' });
    const outcome = await stopping;
    expect(outcome).toMatchObject({ cut: 0, failedHooks: [] });
    expect(order).toEqual(['flush views', 'close database']);
  });

  it('closes idle keep-alive connections at once and cuts a request that outlasts the timeout', async () => {
    const { drain, port } = await listen(10_000);
    const agent = new Agent({ keepAlive: true });
    expect((await get(port, '/first', agent)).status).toBe(200);
    const idle = Object.values(agent.freeSockets).flat()[0]!;
    const idleClosed = new Promise((r) => idle.once('close', r));
    const hanging = get(port, '/slow').catch((error: NodeJS.ErrnoException) => error.code);
    await new Promise((r) => setTimeout(r, 50));
    const stopping = drain.shutdown();
    await idleClosed;
    const outcome = await stopping;
    expect(outcome.cut).toBe(1);
    expect(outcome.ms).toBeGreaterThanOrEqual(1900);
    expect(await hanging).toBe('ECONNRESET');
    agent.destroy();
  });

  it('still closes the database when a flush fails, and says which hook failed', async () => {
    const order: string[] = [];
    onShutdown('views', 'flush', () => {
      throw new Error('disk full');
    });
    onShutdown('database', 'close', () => void order.push('closed'));
    const lines: string[] = [];
    expect(await runShutdownHooks((l) => lines.push(l))).toEqual(['views']);
    expect(order).toEqual(['closed']);
    expect(lines[0]).toContain('disk full');
  });
});
