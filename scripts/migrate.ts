import { prepareDatabase } from './database';
import { databasePath } from '@/lib/env';

prepareDatabase({ seed: false });
console.log(`Migrations applied to ${databasePath()}`);
