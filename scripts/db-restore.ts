import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '@/lib/env';
import { restoreDatabase, RestoreRefused } from './lib/db-backup';

// `npm run db:restore -- FILE`: replaces the database with a backup, with the server stopped.
const file = process.argv[2];
const target = databasePath();
if (!file) {
  const dir = path.join(path.dirname(path.resolve(target)), 'backups');
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.db')).sort() : [];
  console.error('حدّد ملف النسخة الاحتياطية: npm run db:restore -- FILE / name the backup file to restore.');
  if (found.length > 0) console.error(`Backups in ${dir}:\n${found.map((n) => `  ${path.join(dir, n)}`).join('\n')}`);
  process.exit(1);
}
try {
  const { previous, ms } = restoreDatabase(file, target);
  console.log(`تمت الاستعادة / restored ${file} → ${target} in ${ms} ms; PRAGMA integrity_check: ok`);
  if (previous) console.log(`The replaced database is kept as ${previous}`);
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `فشلت الاستعادة / restore failed: ${String(error)}`);
  process.exit(1);
}
