import 'server-only';
import { eq } from 'drizzle-orm';
import { moderationSettingsSchema, type ModerationSettings } from '@/lib/comments/settings';
import { db } from '../index';
import { settings } from '../schema';

const KEY = 'moderation';

/** The stored rules over the defaults; a stored value that no longer validates falls back. */
export async function readModerationSettings(): Promise<ModerationSettings> {
  const [row] = await db().select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  const parsed = moderationSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : moderationSettingsSchema.parse({});
}

export async function writeModerationSettings(value: ModerationSettings): Promise<void> {
  await db()
    .insert(settings)
    .values({ key: KEY, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
