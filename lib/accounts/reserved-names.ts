import 'server-only';
import { listStaffNames } from '@/db/queries/users';
import { normalizeArabic } from '@/lib/arabic/normalize';

export const reservedNameMessage = 'هذا الاسم يخص أحد مشرفي الموقع، فاختر اسماً آخر.';

/**
 * A display name as readers would tell it apart: compatibility forms unified (Arabic presentation
 * forms, full-width Latin), invisible characters and harakat gone, Arabic letters folded, case
 * ignored, spaces collapsed. "سارة", "ساره", "سَارة" and "سا\u200Bرة" are one name.
 */
export function nameKey(name: string): string {
  return normalizeArabic(name.normalize('NFKC')).replace(/\s+/gu, ' ').trim();
}

/** Whether a new or changed display name would pass for a moderator's or an admin's. */
export async function isReservedName(name: string): Promise<boolean> {
  const key = nameKey(name);
  return (await listStaffNames()).some((staff) => nameKey(staff) === key);
}
