import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../index';
import { media, type Media } from '../schema';

/** The pictures with these ids (covers and body images), by id; unknown ids are absent. */
export async function findMediaByIds(ids: readonly string[]): Promise<Map<string, Media>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db().select().from(media).where(inArray(media.id, unique));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findMediaById(id: string): Promise<Media | null> {
  const [row] = await db().select().from(media).where(eq(media.id, id));
  return row ?? null;
}

export type NewMedia = Omit<Media, 'createdAt'>;

/** Stores a picture once: the same id again (the same file uploaded twice) returns the first row. */
export async function saveMedia(row: NewMedia): Promise<Media> {
  await db().insert(media).values(row).onConflictDoNothing({ target: media.id });
  const saved = await findMediaById(row.id);
  if (!saved) throw new Error(`media ${row.id} vanished after insert`);
  return saved;
}

/** Gives a picture stored without alt text the alt text of a later upload of the same file. */
export async function fillMissingAlt(id: string, alt: string): Promise<void> {
  if (!alt) return;
  await db().update(media).set({ alt }).where(and(eq(media.id, id), eq(media.alt, '')));
}
