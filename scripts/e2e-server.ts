import fs from 'node:fs';
import { prepareDatabase } from './database';
import { runNext } from './next-bin';

// Playwright's webServer: a production build and server over the run's throwaway database.
async function main() {
  const file = process.env.DATABASE_URL;
  if (!file || !process.env.NEXT_DIST_DIR) throw new Error('e2e-server needs DATABASE_URL and NEXT_DIST_DIR');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file.replace(/^file:/, '') + suffix, { force: true });
  prepareDatabase({ seed: true });
  const built = await runNext(['build']);
  if (built !== 0) process.exit(built);
  process.env.HOSTNAME = '127.0.0.1';
  await import('./serve');
}

void main();
