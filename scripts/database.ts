import { DatabaseLocationError, migrateDatabase, openDatabase } from '@/db/client';
import { seedDatabase, type SeedReport } from '@/db/seed';
import { databasePath } from '@/lib/env';

/** Opens the configured database, applies pending migrations and, when asked, the seed. */
export function prepareDatabase(options: { seed: boolean }): SeedReport | null {
  const file = databasePath();
  try {
    const { sqlite, db } = openDatabase(file);
    try {
      migrateDatabase(db);
      return options.seed ? seedDatabase(db) : null;
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
