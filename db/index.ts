import 'server-only';
import { databasePath } from '@/lib/env';
import { onShutdown } from '@/lib/shutdown/hooks';
import { openDatabase, type DB } from './client';

const globalForDb = globalThis as unknown as { khabarDb?: DB };

/** The one database client, opened on first use so that importing a route never creates a file. */
export function db(): DB {
  if (!globalForDb.khabarDb) {
    const { sqlite, db: opened } = openDatabase(databasePath());
    globalForDb.khabarDb = opened;
    // Closing the last connection checkpoints the WAL into the database file and removes it.
    onShutdown('database', 'close', () => {
      if (globalForDb.khabarDb === opened) globalForDb.khabarDb = undefined;
      sqlite.close();
    });
  }
  return globalForDb.khabarDb;
}
