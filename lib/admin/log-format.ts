import type { CommentStatus, UserRole } from '@/db/schema';
import { formatNumber } from '@/lib/arabic/numbers';
import { roleLabels, statusLabels } from './messages';

const settingLabels: Record<string, string> = {
  blocklist: 'قائمة الحظر',
  moderationWords: 'كلمات المراجعة',
  maxLinks: 'عدد الروابط',
  manualApproval: 'الموافقة اليدوية',
  requirePriorApproval: 'شرط التعليق المعتمد',
  closeAfterDays: 'الإغلاق بعد (أيام)',
  threadDepth: 'عمق الردود',
  commentsPerPage: 'التعليقات في الصفحة',
  pendingNotice: 'إعلام المشرفين',
  pendingDigestMinutes: 'الرسالة الجامعة كل (دقائق)',
};

const noticeLabels: Record<string, string> = { off: 'لا رسائل', each: 'رسالة لكل تعليق', digest: 'رسالة جامعة' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function settingValue(value: unknown): string {
  if (value === null || value === false) return 'لا';
  if (value === true) return 'نعم';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string' && noticeLabels[value]) return noticeLabels[value];
  if (Array.isArray(value)) return value.length ? value.join('، ') : '(فارغة)';
  return String(value);
}

function quote(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `«${flat.length > max ? `${flat.slice(0, max)}…` : flat}»`;
}

/** One side (before or after) of a log entry, in words. `other` is the opposite side, for diffs. */
export function describeLogValue(action: string, value: unknown, other: unknown): string {
  if (!isObject(value)) return '—';
  if (action === 'settings') {
    const changed = Object.keys(settingLabels).filter(
      (key) => JSON.stringify(value[key]) !== JSON.stringify(isObject(other) ? other[key] : undefined),
    );
    return changed.length ? changed.map((key) => `${settingLabels[key]}: ${settingValue(value[key])}`).join('؛ ') : 'بلا تغيير';
  }
  const parts: string[] = [];
  if (typeof value.status === 'string') parts.push(statusLabels[value.status as CommentStatus] ?? value.status);
  if (typeof value.role === 'string') parts.push(roleLabels[value.role as UserRole] ?? value.role);
  if (typeof value.banned === 'boolean') parts.push(value.banned ? 'موقوف' : 'نشط');
  if (value.hideComments === true) parts.push('مع إخفاء تعليقاته');
  if (value.reason === 'ban') parts.push('بسبب إيقاف الكاتب');
  if (typeof value.commentsOpen === 'boolean') parts.push(value.commentsOpen ? 'التعليقات مفتوحة' : 'التعليقات مغلقة');
  if (typeof value.body === 'string') parts.push(quote(value.body));
  return parts.length ? parts.join('، ') : '—';
}
