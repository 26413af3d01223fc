import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema>;

export class DatabaseLocationError extends Error {}

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Opens (creating if needed) the SQLite file with the pragmas the site relies on. */
export function openDatabase(file: string): { sqlite: Database.Database; db: DB } {
  if (file !== ':memory:') ensureWritableDirectory(path.dirname(path.resolve(file)));
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

export function migrateDatabase(db: DB): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

function ensureWritableDirectory(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DatabaseLocationError(
      `لا يمكن الكتابة في مجلد قاعدة البيانات ${dir} (${reason}).\n` +
        `The database directory ${dir} is not writable (${reason}). ` +
        'Create it with write permission, or point DATABASE_URL at a writable location.',
    );
  }
}
