import { migrateDatabase, openDatabase, type DB } from '@/db/client';
import { seedDatabase } from '@/db/seed';

/** A migrated and seeded in-memory database installed as the app's client. */
export function useSeededDatabase(now = Date.now()): DB {
  const { db } = openDatabase(':memory:');
  migrateDatabase(db);
  seedDatabase(db, now);
  (globalThis as unknown as { khabarDb?: DB }).khabarDb = db;
  return db;
}
