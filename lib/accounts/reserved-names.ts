import 'server-only';
import { listStaffNames } from '@/db/queries/users';
import { normalizeArabic } from '@/lib/arabic/normalize';
import { hasVisibleContent } from '@/lib/text/invisible';
import { cleanText } from '@/lib/validation/text';

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

/**
 * The name an account from an OAuth provider gets: the provider's, cleaned like a typed one, unless
 * it is empty or a staff member's, in which case a plain "قارئ" with a number the reader can change.
 */
export async function providerDisplayName(name: string | null | undefined): Promise<string> {
  const cleaned = cleanText(name ?? '').replace(/\s+/gu, ' ').slice(0, 50).trim();
  if (cleaned.length >= 2 && hasVisibleContent(cleaned) && !(await isReservedName(cleaned))) return cleaned;
  return `قارئ ${Math.floor(1000 + Math.random() * 9000)}`;
}
