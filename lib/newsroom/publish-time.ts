import type { ArticleStatus } from '@/db/schema';

/**
 * The publication time an article is saved with, or why the chosen time is refused.
 * - scheduled: a time is required, at least a minute ahead and at most a year ahead;
 * - published: no time → the one it already had (if not in the future) or now; a chosen time may
 *   be in the past (backdating), not in the future (that is what scheduling is for);
 * - draft / review: the time is kept as a plan, within the same bounds, or left as it was.
 * No time before 1990 (older dates are typing mistakes, not archives).
 */
export const SCHEDULE_MIN_AHEAD_MS = 60_000;
export const SCHEDULE_MAX_AHEAD_MS = 366 * 86_400_000;
const PUBLISH_GRACE_MS = 2 * 60_000;
export const EARLIEST = Date.UTC(1990, 0, 1);

export const publishTimeMessages = {
  required: 'حدّد موعد النشر للمقال المجدول.',
  past: 'موعد النشر المجدول مضى أو يحلّ خلال دقيقة. اختر وقتاً لاحقاً، أو انشر المقال الآن.',
  tooFar: 'موعد النشر بعيد جداً: لا يمكن جدولة مقال لأكثر من سنة مقدماً.',
  future: 'لا يمكن نشر مقال بتاريخ في المستقبل. اختر «مجدول» ليُنشر في ذلك الموعد.',
  tooOld: 'تاريخ النشر قديم جداً: لا يُقبل تاريخ قبل عام ١٩٩٠.',
  invalid: 'موعد النشر غير صالح. اكتب التاريخ والوقت كاملين.',
} as const;

export type PublishTime = { ok: true; at: Date | null } | { ok: false; message: string };

export function resolvePublishTime(status: ArticleStatus, chosen: Date | null, existing: Date | null, now: Date): PublishTime {
  const t = now.getTime();
  if (chosen && chosen.getTime() < EARLIEST) return { ok: false, message: publishTimeMessages.tooOld };
  if (chosen && chosen.getTime() > t + SCHEDULE_MAX_AHEAD_MS) return { ok: false, message: publishTimeMessages.tooFar };
  switch (status) {
    case 'scheduled':
      if (!chosen) return { ok: false, message: publishTimeMessages.required };
      if (chosen.getTime() < t + SCHEDULE_MIN_AHEAD_MS) return { ok: false, message: publishTimeMessages.past };
      return { ok: true, at: chosen };
    case 'published':
      if (chosen) {
        if (chosen.getTime() > t + PUBLISH_GRACE_MS) return { ok: false, message: publishTimeMessages.future };
        return { ok: true, at: chosen };
      }
      return { ok: true, at: existing && existing.getTime() <= t ? existing : now };
    default:
      return { ok: true, at: chosen ?? existing };
  }
}

/** Publishing from the list (no time chosen): keep a past time, otherwise now. */
export function publishNowTime(existing: Date | null, now: Date): Date {
  return existing && existing.getTime() <= now.getTime() ? existing : now;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** A `datetime-local` value ("2026-12-03T09:30") read in the newsroom's time zone; null if malformed. */
export function parseLocalTime(value: string, timeZone: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset across a daylight-saving change.
  let instant = naive - zoneOffsetMs(naive, timeZone);
  instant = naive - zoneOffsetMs(instant, timeZone);
  const check = new Date(instant + zoneOffsetMs(instant, timeZone));
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null;
  return new Date(instant);
}

/** The `datetime-local` value showing this instant in the newsroom's time zone. */
export function formatLocalTime(date: Date, timeZone: string): string {
  const local = new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}
