import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// One throwaway database per run, shared by the server and the tests (workers inherit the env).
process.env.KHABAR_E2E_DB ??= path.join(os.tmpdir(), `khabar-e2e-${process.pid}-${Date.now()}.db`);

const SITE_SETTINGS_SPECS = ['admin-rules.spec.ts', 'comment-notifications.spec.ts', 'comment-pages.spec.ts'];

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: several tests drive three or four browsers at once on a 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ar',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: SITE_SETTINGS_SPECS },
    // Specs that change site-wide settings (a save posts the whole form) run last, one at a time,
    // so no other test reads rules that one of them has changed for a moment.
    {
      name: 'site-settings',
      use: { ...devices['Desktop Chrome'] },
      testMatch: SITE_SETTINGS_SPECS,
      workers: 1,
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      DATABASE_URL: `file:${process.env.KHABAR_E2E_DB}`,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      VIEW_FLUSH_MS: '300',
      SIGNUP_LIMIT_PER_HOUR: '1000',
      // No SMTP: the server writes each message here and e2e/mail.ts reads it.
      MAIL_DIR: `${process.env.KHABAR_E2E_DB}-mail`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
