import { databasePath } from '@/lib/env';
import { backupDatabase } from './lib/db-backup';

// `npm run db:backup [-- FILE]`: an online backup of the database (safe while the site serves
// writes), to data/backups/khabar-<time>.db unless FILE is given.
const file = process.argv[2];
try {
  const result = backupDatabase(databasePath(), file);
  console.log(`تم حفظ النسخة الاحتياطية / backup written: ${result.file} (${(result.bytes / 1024).toFixed(0)} KB, ${result.ms} ms, integrity_check ok)`);
} catch (error) {
  console.error(`فشل النسخ الاحتياطي / backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
