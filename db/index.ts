import 'server-only';
import { databasePath } from '@/lib/env';
import { openDatabase, type DB } from './client';

const globalForDb = globalThis as unknown as { khabarDb?: DB };

/** The one database client, opened on first use so that importing a route never creates a file. */
export function db(): DB {
  globalForDb.khabarDb ??= openDatabase(databasePath()).db;
  return globalForDb.khabarDb;
}
