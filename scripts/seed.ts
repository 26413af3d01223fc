import { databasePath } from '@/lib/env';
import { prepareSeededDatabase } from './database';

void prepareSeededDatabase().then(({ seed, covers, ms }) => {
  console.log(`Seeded ${databasePath()} in ${ms} ms:`, seed, 'covers:', covers);
});
