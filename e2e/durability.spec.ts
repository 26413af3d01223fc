import { execFile } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { secondServer } from './second-server';
import { pidFileOf } from '../lib/server/pid-file';
import { backupDatabase } from '../scripts/lib/db-backup';
import { failures, formatReport } from '../scripts/loadtest/report';
import { runLoadTest } from '../scripts/loadtest/run';
import { startServer, stopServer, waitHealthy } from '../scripts/loadtest/server';

function viewCount(file: string, id: number): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select view_count as n from articles where id = ?').get(id) as { n: number }).n;
  } finally {
    db.close();
  }
}

function publishedArticleId(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("select id from articles where status = 'published' order by published_at desc limit 1").get() as { id: number }).id;
  } finally {
    db.close();
  }
}

test('/api/health asks the database and is never cached', async ({ request }) => {
  for (let i = 0; i < 2; i++) {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(res.headers()['x-micro-cache']).toBeUndefined();
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: 'ok' });
    expect(body.migrations).toBeGreaterThan(0);
  }
});

test('SIGTERM writes the views still held in memory, closes the database and exits 0; restore waits for it', async () => {
  test.setTimeout(90_000);
  // Views are flushed every 10 minutes here: only the shutdown can write them.
  const { command, databaseFile, origin } = secondServer('sigterm', 1, { VIEW_FLUSH_MS: '600000' });
  const id = publishedArticleId(databaseFile);
  const before = viewCount(databaseFile, id);
  const server = await startServer(command, 60_000);
  try {
    await waitHealthy(origin, 30_000);
    expect(fs.readFileSync(pidFileOf(databaseFile), 'utf8').trim()).toBe(String(server.child.pid));

    // While the server runs, a restore is refused and leaves the database alone.
    const backup = backupDatabase(databaseFile, `${databaseFile}.backup`).file;
    const restore = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile('npx', ['tsx', 'scripts/db-restore.ts', backup], { env: { ...process.env, ...command.env } }, (error, _out, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('يستخدم قاعدة البيانات الآن: أوقفه أولاً');

    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${origin}/api/views`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: String(id) });
      expect(res.status).toBe(204);
    }
    expect(viewCount(databaseFile, id)).toBe(before);
  } finally {
    const stopped = await stopServer(server);
    expect(stopped.code).toBe(0);
  }
  // The last connection closed: the WAL was checkpointed into the file and removed, the pid file too.
  // (Checked first: opening the file again, even read-only, makes a new -wal.)
  expect(fs.existsSync(`${databaseFile}-wal`)).toBe(false);
  expect(fs.existsSync(pidFileOf(databaseFile))).toBe(false);
  expect(viewCount(databaseFile, id)).toBe(before + 3);
  expect(server.output()).toContain('stopped in');
});

test('a short load test: 40 commenters and 4 readers, kill -9 halfway; every acknowledged comment is stored once', async () => {
  test.setTimeout(150_000);
  const { command, databaseFile } = secondServer('loadtest', 2);
  const report = await runLoadTest({ server: command, databaseFile, commenters: 40, readers: 4, seconds: 12, articles: 8, startTimeoutMs: 60_000 });
  console.log(formatReport(report));
  expect(failures(report)).toEqual([]);
  expect(report.comments.once).toBe(report.comments.acknowledged);
  expect(report.comments.acknowledged).toBeGreaterThan(0);
});
