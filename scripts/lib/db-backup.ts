import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runningServerPid } from '@/lib/server/pid-file';

// `npm run db:backup` and `npm run db:restore` (scripts/db-backup.ts, scripts/db-restore.ts).
// A backup is `VACUUM INTO`: one read transaction, so under WAL it is a consistent snapshot taken
// while the site keeps writing (writers never wait for it), compacted, in a single file with no -wal.

export class RestoreRefused extends Error {}

export type BackupResult = { file: string; bytes: number; ms: number };

/** data/backups/khabar-2026-12-03T15-04-05-123Z.db beside the database. */
export function defaultBackupFile(databaseFile: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(path.dirname(path.resolve(databaseFile)), 'backups', `khabar-${stamp}.db`);
}

export function backupDatabase(databaseFile: string, file = defaultBackupFile(databaseFile)): BackupResult {
  const started = Date.now();
  if (fs.existsSync(file)) throw new Error(`${file} exists already / الملف موجود مسبقاً`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const source = new Database(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    source.prepare('VACUUM INTO ?').run(file);
  } finally {
    source.close();
  }
  const problems = integrityProblems(file);
  if (problems) throw new Error(`the backup ${file} failed integrity_check: ${problems}`);
  return { file, bytes: fs.statSync(file).size, ms: Date.now() - started };
}

/**
 * null when `PRAGMA integrity_check` answers ok; otherwise what it found. Read-only for a file the
 * user named; the restored database is opened for writing so that closing removes its -wal and -shm.
 */
export function integrityProblems(file: string, readonly = true): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const found = rows.map((r) => r.integrity_check);
    return found.length === 1 && found[0] === 'ok' ? null : found.slice(0, 10).join('; ');
  } catch (error) {
    // A file damaged enough is refused before integrity_check can list anything.
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

export type RestoreResult = { previous: string | null; integrity: 'ok'; ms: number };

const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * Replaces the database with a backup. Refused while a server uses the database: swapping the file
 * under open connections (and their -wal/-shm) would corrupt it. The replaced database, with its
 * -wal if a killed server left one, is kept as <file>.before-restore-<time>.
 */
export function restoreDatabase(backupFile: string, databaseFile: string, now = new Date()): RestoreResult {
  const started = Date.now();
  const pid = runningServerPid(databaseFile);
  if (pid !== null) {
    throw new RestoreRefused(
      `الخادم (pid ${pid}) يستخدم قاعدة البيانات الآن: أوقفه أولاً ثم أعد المحاولة.\n` +
        `A server (pid ${pid}) is using ${databaseFile}: stop it first (SIGTERM), then restore.`,
    );
  }
  if (!fs.existsSync(backupFile)) throw new RestoreRefused(`لا توجد نسخة احتياطية في ${backupFile}.\nNo backup at ${backupFile}.`);
  const before = integrityProblems(backupFile);
  if (before) throw new RestoreRefused(`النسخة الاحتياطية تالفة، لم يُستبدل شيء.\nThe backup fails integrity_check (${before}); nothing was replaced.`);

  const target = path.resolve(databaseFile);
  const staging = `${target}.restoring`;
  for (const suffix of SIDE_FILES) fs.rmSync(staging + suffix, { force: true });
  fs.copyFileSync(backupFile, staging);
  const staged = new Database(staging);
  try {
    staged.pragma('journal_mode = WAL');
  } finally {
    staged.close();
  }

  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of SIDE_FILES) if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, previous + suffix);
  }
  fs.renameSync(staging, target);

  const after = integrityProblems(target, false);
  if (after) throw new Error(`integrity_check after restore: ${after}`);
  return { previous, integrity: 'ok', ms: Date.now() - started };
}
