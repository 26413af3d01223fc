import { prepareDatabase } from './database';
import { databasePath } from '@/lib/env';

const report = prepareDatabase({ seed: true });
console.log(`Seeded ${databasePath()}:`, report);
