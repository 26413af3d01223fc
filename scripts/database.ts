import { DatabaseLocationError, migrateDatabase, openDatabase } from '@/db/client';
import { syncCommentSearch } from '@/db/queries/comment-search';
import { syncSearchIndex } from '@/db/queries/search-index';
import { seedDatabase, type SeedReport } from '@/db/seed';
import { databasePath } from '@/lib/env';
import { seedCovers, type CoverReport } from '@/lib/media/seed-covers';

/** Opens the configured database, applies pending migrations and, when asked, the seed. */
export function prepareDatabase(options: { seed: boolean }): SeedReport | null {
  const file = databasePath();
  try {
    const { sqlite, db } = openDatabase(file);
    try {
      migrateDatabase(db);
      const report = options.seed ? seedDatabase(db) : null;
      // The migrations queued every published article and comment and the seed its own: index them before serving.
      syncSearchIndex(db);
      syncCommentSearch(db);
      return report;
    } finally {
      sqlite.close();
    }
  } catch (error) {
    if (error instanceof DatabaseLocationError) {
      console.error(error.message);
      process.exit(1);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      console.error(
        `تعذر فتح قاعدة البيانات ${file} (${code}).\nCould not open the database ${file} (${code}): ` +
          'check that the file and its directory are writable and that the file is a SQLite database.',
      );
      process.exit(1);
    }
    throw error;
  }
}

/** prepareDatabase with the seed, then covers for the seed articles (drawn and encoded with sharp). */
export async function prepareSeededDatabase(): Promise<{ seed: SeedReport; covers: CoverReport; ms: number }> {
  const started = Date.now();
  const seed = prepareDatabase({ seed: true })!;
  const { sqlite, db } = openDatabase(databasePath());
  try {
    return { seed, covers: await seedCovers(db), ms: Date.now() - started };
  } finally {
    sqlite.close();
  }
}
