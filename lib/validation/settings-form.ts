import { z } from 'zod';
import { formatNumber } from '@/lib/arabic/numbers';
import { pendingNoticeModes, type ModerationSettings } from '@/lib/comments/settings';

const lines = (label: string) =>
  z
    .string()
    .max(200_000, `قائمة ${label} طويلة جداً.`)
    .transform((text) => [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(200, `كل سطر في قائمة ${label} يجب ألا يتجاوز ${formatNumber(200)} حرف.`))
        .max(5000, `قائمة ${label} أطول من ${formatNumber(5000)} سطر.`),
    );

const whole = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^[0-9٠-٩]+$/, `اكتب ${what} رقماً صحيحاً.`)
    .transform((v) => Number(v.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))))
    .pipe(
      z
        .number()
        .min(min, `${what} يجب أن يكون بين ${formatNumber(min)} و${formatNumber(max)}.`)
        .max(max, `${what} يجب أن يكون بين ${formatNumber(min)} و${formatNumber(max)}.`),
    );

const checkbox = z.string().optional().transform((v) => v === 'on');

/** The settings form as posted (text fields, checkboxes) → the rules as stored. */
export const settingsFormSchema = z
  .object({
    blocklist: lines('الحظر').default([]),
    moderationWords: lines('كلمات المراجعة').default([]),
    maxLinks: whole(0, 100, 'عدد الروابط'),
    manualApproval: checkbox,
    requirePriorApproval: checkbox,
    closeOld: checkbox,
    closeAfterDays: z.string().optional(),
    threadDepth: whole(1, 10, 'عمق الردود'),
    commentsPerPage: whole(0, 1000, 'عدد التعليقات في الصفحة'),
    pendingNotice: z.enum(pendingNoticeModes, 'اختر طريقة إعلام المشرفين.').default('off'),
    pendingDigestMinutes: whole(1, 1440, 'عدد الدقائق بين رسالتين').optional().or(z.literal('').transform(() => undefined)),
  })
  .transform((form, ctx): ModerationSettings => {
    let closeAfterDays: number | null = null;
    if (form.closeOld) {
      const days = whole(1, 3650, 'عدد الأيام').safeParse(form.closeAfterDays ?? '');
      if (!days.success) {
        ctx.addIssue({ code: 'custom', path: ['closeAfterDays'], message: days.error.issues[0]!.message });
        return z.NEVER;
      }
      closeAfterDays = days.data;
    }
    return {
      blocklist: form.blocklist,
      moderationWords: form.moderationWords,
      maxLinks: form.maxLinks,
      manualApproval: form.manualApproval,
      requirePriorApproval: form.requirePriorApproval,
      closeAfterDays,
      threadDepth: form.threadDepth,
      commentsPerPage: form.commentsPerPage,
      pendingNotice: form.pendingNotice,
      pendingDigestMinutes: form.pendingDigestMinutes ?? 60,
    };
  });

/** What the form shows: lists as one entry per line. */
export function settingsFormValues(settings: ModerationSettings): Record<string, string> {
  return {
    blocklist: settings.blocklist.join('\n'),
    moderationWords: settings.moderationWords.join('\n'),
    maxLinks: String(settings.maxLinks),
    manualApproval: settings.manualApproval ? 'on' : '',
    requirePriorApproval: settings.requirePriorApproval ? 'on' : '',
    closeOld: settings.closeAfterDays === null ? '' : 'on',
    closeAfterDays: settings.closeAfterDays === null ? '' : String(settings.closeAfterDays),
    threadDepth: String(settings.threadDepth),
    commentsPerPage: String(settings.commentsPerPage),
    pendingNotice: settings.pendingNotice,
    pendingDigestMinutes: String(settings.pendingDigestMinutes),
  };
}
