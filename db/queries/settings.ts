import 'server-only';
import { eq } from 'drizzle-orm';
import { moderationSettingsSchema, type ModerationSettings } from '@/lib/comments/settings';
import type { DB } from '../client';
import { db } from '../index';
import { settings } from '../schema';
import { writeLog } from './moderation-log';

const KEY = 'moderation';

/** The stored rules over the defaults, read with the database or inside a transaction; a stored value that no longer validates falls back. */
export function moderationSettingsIn(reader: Pick<DB, 'select'>): ModerationSettings {
  const row = reader.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).get();
  const parsed = moderationSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : moderationSettingsSchema.parse({});
}

export async function readModerationSettings(): Promise<ModerationSettings> {
  return moderationSettingsIn(db());
}

/** Saves the rules and logs them before and after, in one transaction: no change goes unlogged. */
export async function saveModerationSettings(actorId: string, value: ModerationSettings): Promise<void> {
  db().transaction((tx) => {
    const before = moderationSettingsIn(tx);
    const updatedAt = new Date();
    tx.insert(settings)
      .values({ key: KEY, value, updatedAt })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } })
      .run();
    writeLog(tx, [{ actorId, action: 'settings', targetType: 'settings', targetId: KEY, before, after: value }]);
  });
}
