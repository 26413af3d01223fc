import fs from 'node:fs';

// The settings screen saves the whole form: two tests changing site-wide settings at once (one in each
// worker) undo each other's choice. Such a test runs its changes inside withSiteSettings, one at a
// time across the run's workers (a directory is created atomically or not at all).

const LOCK = `${process.env.KHABAR_E2E_DB}-site-settings.lock`;

export async function withSiteSettings<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await run();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}


/**
 * The fixtures behind it: a spec or describe block that changes site-wide settings says
 * `test.use({ holdsSiteSettings: true })`, and each of its tests then holds them for its whole run.
 */
export const siteSettingsFixtures = {
  holdsSiteSettings: [false, { option: true }] as [boolean, { option: true }],
  siteSettingsLock: [
    async ({ holdsSiteSettings }: { holdsSiteSettings: boolean }, use: () => Promise<void>) =>
      holdsSiteSettings ? withSiteSettings(() => use()) : use(),
    { auto: true },
  ] as [({ holdsSiteSettings }: { holdsSiteSettings: boolean }, use: () => Promise<void>) => Promise<void>, { auto: true }],
};

export type SiteSettingsFixtures = { holdsSiteSettings: boolean; siteSettingsLock: void };
