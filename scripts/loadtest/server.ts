import { spawn, type ChildProcess } from 'node:child_process';

// The server under test as a child process of its own (node --import tsx, one process, so
// SIGKILL kills the server itself and not a wrapper), found on the port it prints.

export type ServerCommand = { script: string; env: Record<string, string>; port: number };

export type RunningServer = { child: ChildProcess; port: number; output: () => string };

const LISTENING = /خبر: http:\/\/[^\s:]+:(\d+)/;

export function startServer(command: ServerCommand, timeoutMs: number): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', command.script], {
    env: { ...process.env, ...command.env, PORT: String(command.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stderr!.on('data', keep);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`no "listening" line within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${command.script} ${why}:\n${output.slice(-4000)}`));
    };
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before listening`));
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      const port = LISTENING.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout!.removeAllListeners('data');
      child.stdout!.on('data', keep);
      resolve({ child, port: Number(port), output: () => output });
    });
  });
}

/** Polls GET /api/health until it answers 200; resolves with the time it did. */
export async function waitHealthy(origin: string, timeoutMs: number, everyMs = 50): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return Date.now();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${origin}/api/health did not answer 200 within ${timeoutMs} ms`);
}

/** SIGTERM and the exit that follows: its code and how long the graceful shutdown took. */
export function stopServer(server: RunningServer, timeoutMs = 30_000): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve({ code: server.child.exitCode, ms: 0 });
    const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs);
    server.child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    });
    server.child.kill('SIGTERM');
  });
}

export function killServer(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}
