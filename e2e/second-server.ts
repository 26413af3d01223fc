import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase } from '../scripts/lib/db-backup';
import type { ServerCommand } from '../scripts/loadtest/server';

/**
 * A second production server of the run's own build (so no second build), over a copy of the
 * run's database taken with `npm run db:backup`'s function: for tests that kill or stop a server.
 */
export function secondServer(name: string, portOffset: number, env: Record<string, string> = {}): { command: ServerCommand; databaseFile: string; origin: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `khabar-${name}-`));
  const databaseFile = path.join(dir, 'khabar.db');
  backupDatabase(process.env.KHABAR_E2E_DB!, databaseFile);
  // Its own port, beside the run's (playwright.config.ts): two runs of different worktrees do not meet.
  const port = Number(process.env.E2E_PORT ?? 3100) + 1000 + portOffset;
  return {
    databaseFile,
    origin: `http://127.0.0.1:${port}`,
    command: {
      script: 'scripts/serve.ts',
      port,
      env: {
        DATABASE_URL: `file:${databaseFile}`,
        NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
        HOSTNAME: '127.0.0.1',
        SITE_URL: `http://127.0.0.1:${port}`,
        MEDIA_DIR: path.join(os.tmpdir(), 'khabar-e2e-media'),
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      },
    },
  };
}
