import 'server-only';
import { inArray } from 'drizzle-orm';
import { db } from '../index';
import { media, type Media } from '../schema';

/** The pictures with these ids (covers and body images), by id; unknown ids are absent. */
export async function findMediaByIds(ids: readonly string[]): Promise<Map<string, Media>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db().select().from(media).where(inArray(media.id, unique));
  return new Map(rows.map((row) => [row.id, row]));
}
