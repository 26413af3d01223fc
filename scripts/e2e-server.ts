import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareSeededDatabase } from './database';
import { runNext } from './next-bin';

// Playwright's webServer: a production build and server over the run's throwaway database.
async function main() {
  const file = process.env.DATABASE_URL;
  if (!file || !process.env.NEXT_DIST_DIR) throw new Error('e2e-server needs DATABASE_URL and NEXT_DIST_DIR');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file.replace(/^file:/, '') + suffix, { force: true });
  // Pictures are named by their content, so every run may share one folder (the seed covers are then
  // encoded once, not on every run).
  process.env.MEDIA_DIR ??= path.join(os.tmpdir(), 'khabar-e2e-media');
  const { covers, ms } = await prepareSeededDatabase();
  console.log(`e2e seed: ${covers.articles} covers (${covers.encoded} pictures encoded) in ${ms} ms`);
  const built = await runNext(['build']);
  if (built !== 0) process.exit(built);
  process.env.HOSTNAME = '127.0.0.1';
  await import('./serve');
}

void main();
