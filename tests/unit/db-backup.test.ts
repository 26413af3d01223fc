import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '@/db/client';
import { writePidFile } from '@/lib/server/pid-file';
import { backupDatabase, integrityProblems, restoreDatabase, RestoreRefused } from '@/scripts/lib/db-backup';

// A writer on its own thread and connection, as the site would be: each transaction adds a batch
// of rows and the running total beside them, so a torn snapshot would show as total ≠ count.
const WRITER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const add = db.prepare('insert into load_rows (v) values (?)');
const total = db.prepare('update load_total set n = n + ?');
const flag = new Int32Array(workerData.stop);
const batch = db.transaction(() => { for (let i = 0; i < 20; i++) add.run('صف تجريبي ' + i); total.run(20); });
while (Atomics.load(flag, 0) === 0) batch();
db.close();
`;

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-backup-'));
  file = path.join(dir, 'khabar.db');
  const { sqlite, db } = openDatabase(file);
  migrateDatabase(db);
  sqlite.exec('create table load_rows (id integer primary key, v text); create table load_total (n integer); insert into load_total values (0);');
  sqlite.close();
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function rows(db: string): { count: number; total: number } {
  const conn = new Database(db, { readonly: true });
  try {
    const count = (conn.prepare('select count(*) as n from load_rows').get() as { n: number }).n;
    const total = (conn.prepare('select n from load_total').get() as { n: number }).n;
    return { count, total };
  } finally {
    conn.close();
  }
}

async function whileWriting<T>(work: () => T): Promise<T> {
  const stop = new SharedArrayBuffer(4);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WRITER, { eval: true, workerData: { file, driver, stop } });
  const exited = new Promise((resolve, reject) => worker.once('exit', resolve).once('error', reject));
  try {
    while (rows(file).count < 2000) await new Promise((r) => setTimeout(r, 10));
    return work();
  } finally {
    Atomics.store(new Int32Array(stop), 0, 1);
    await exited;
  }
}

describe('db:backup and db:restore', () => {
  it('takes a consistent backup while another connection keeps writing, and restores it intact', async () => {
    const backups = await whileWriting(() => {
      const taken = [];
      for (let i = 0; i < 3; i++) taken.push(backupDatabase(file, path.join(dir, 'backups', `b${i}.db`)));
      return taken;
    });
    const counts = backups.map((b) => rows(b.file));
    for (const c of counts) {
      expect(c.count).toBeGreaterThanOrEqual(2000);
      expect(c.total).toBe(c.count);
    }
    // The writer went on between the backups: they are three different moments, none waited for the others.
    expect(new Set(counts.map((c) => c.count)).size).toBeGreaterThan(1);
    expect(rows(file).count).toBeGreaterThan(counts[2]!.count);

    const restored = restoreDatabase(backups[1]!.file, file);
    expect(restored.integrity).toBe('ok');
    expect(integrityProblems(file)).toBeNull();
    expect(rows(file)).toEqual(counts[1]);
    // The replaced database is kept, whole.
    expect(rows(restored.previous!).count).toBeGreaterThan(counts[2]!.count);
    const { sqlite } = openDatabase(file);
    expect((sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n).toBeGreaterThan(0);
    sqlite.close();
  });

  it('refuses to restore while a server uses the database, and leaves it alone', () => {
    const backup = backupDatabase(file, path.join(dir, 'b.db')).file;
    writePidFile(file, process.pid);
    expect(() => restoreDatabase(backup, file)).toThrow(RestoreRefused);
    expect(() => restoreDatabase(backup, file)).toThrow('أوقفه أولاً');
    expect(fs.readdirSync(dir).filter((n) => n.includes('before-restore'))).toEqual([]);
  });

  it('ignores the pid file a killed server left behind', () => {
    const backup = backupDatabase(file, path.join(dir, 'b.db')).file;
    writePidFile(file, 2 ** 22 + 12345); // above pid_max's default: no such process
    expect(restoreDatabase(backup, file).integrity).toBe('ok');
  });

  it('refuses a damaged backup and replaces nothing', () => {
    const backup = backupDatabase(file, path.join(dir, 'b.db')).file;
    const bytes = fs.readFileSync(backup);
    bytes.fill(0x41, 4096 * 2, 4096 * 4);
    fs.writeFileSync(backup, bytes);
    expect(() => restoreDatabase(backup, file)).toThrow(RestoreRefused);
    expect(integrityProblems(file)).toBeNull();
  });
});
