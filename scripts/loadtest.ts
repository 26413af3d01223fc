import fs from 'node:fs';
import path from 'node:path';
import { failures, formatReport } from './loadtest/report';
import { runLoadTest } from './loadtest/run';

// `npm run loadtest [-- --commenters 200 --readers 20 --seconds 60 --port 3490]`: the production
// server (`npm start`, building first if needed) over a fresh seeded database in data/loadtest/,
// signed-in commenters and readers at once, kill -9 halfway and a restart; then every acknowledged
// comment is looked up in the database. Prints the figures; exits 1 when a guarantee failed.

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

async function main() {
  const dir = path.resolve('data', 'loadtest');
  const databaseFile = path.join(dir, 'khabar.db');
  fs.mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '.server-pid']) fs.rmSync(databaseFile + suffix, { force: true });
  const port = option('port', 3490);
  const report = await runLoadTest({
    server: {
      script: 'scripts/start.ts',
      port,
      env: {
        SITE_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: `file:${databaseFile}`,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-loadtest',
        MEDIA_DIR: process.env.MEDIA_DIR || path.join(dir, 'media'),
        HOSTNAME: '127.0.0.1',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    databaseFile,
    commenters: option('commenters', 200),
    readers: option('readers', 20),
    seconds: option('seconds', 60),
    startTimeoutMs: 15 * 60_000,
    log: (line) => console.log(line),
  });
  console.log(formatReport(report));
  process.exit(failures(report).length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
