import { z } from 'zod';
import { articleStatuses } from '@/db/schema';
import { formatNumber } from '@/lib/arabic/numbers';
import { hasVisibleContent } from '@/lib/text/invisible';
import { cleanText } from './text';

/** The body's stored document (TipTap JSON) may be at most 2 MB; more is refused in Arabic (413). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_TITLE = 200;
export const MAX_EXCERPT = 600;
export const MAX_TAGS = 12;
export const MAX_TAG_NAME = 50;

export const articleFieldMessages = {
  title: 'اكتب عنوان المقال.',
  titleLong: `العنوان أطول من ${formatNumber(MAX_TITLE)} حرف. اختصره.`,
  excerptLong: `الملخّص أطول من ${formatNumber(MAX_EXCERPT)} حرف. اختصره.`,
  bodyLarge: 'نص المقال أكبر من ٢ ميغابايت، وهو الحد الأقصى. قسّمه إلى أكثر من مقال أو احذف بعضه.',
  section: 'اختر قسماً من القائمة.',
  author: 'اختر كاتباً من القائمة.',
  slug: 'المعرّف في الرابط طويل جداً.',
  status: 'اختر حالة المقال.',
  tags: `يمكن إضافة ${formatNumber(MAX_TAGS)} وسماً على الأكثر.`,
  tagLong: `اسم الوسم أطول من ${formatNumber(MAX_TAG_NAME)} حرفاً.`,
  coverAlt: 'اكتب وصفاً للصورة (النص البديل) لمن لا يراها.',
  cover: 'الصورة المختارة غير صالحة. ارفعها من جديد.',
  long: 'النص أطول من المسموح.',
} as const;

const bytes = (s: string) => new TextEncoder().encode(s).length;

const text = (max: number, message: string) =>
  z
    .string()
    .max(max * 4, message)
    .transform(cleanText)
    .pipe(z.string().max(max, message));

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Tag names typed or picked, separated by commas (Latin or Arabic). */
export function splitTagNames(value: string): string[] {
  const names = value
    .split(/[,،\n]/)
    .map((n) => cleanText(n).replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...new Set(names)];
}

export const articleFormSchema = z
  .object({
    title: z
      .string({ error: articleFieldMessages.title })
      .max(MAX_TITLE * 4, articleFieldMessages.titleLong)
      .transform(cleanText)
      .pipe(z.string().min(1, articleFieldMessages.title).max(MAX_TITLE, articleFieldMessages.titleLong).refine(hasVisibleContent, articleFieldMessages.title)),
    excerpt: text(MAX_EXCERPT, articleFieldMessages.excerptLong).default(''),
    bodyJson: z
      .string()
      .default('')
      .refine((s) => bytes(s) <= MAX_BODY_BYTES, articleFieldMessages.bodyLarge),
    slug: z.string().max(600, articleFieldMessages.slug).default(''),
    sectionId: z.coerce.number({ error: articleFieldMessages.section }).int(articleFieldMessages.section).positive(articleFieldMessages.section).max(2_147_483_647, articleFieldMessages.section),
    authorId: z.union([z.literal('').transform(() => undefined), id]).optional().catch(undefined),
    tags: z
      .string()
      .max(4000, articleFieldMessages.tags)
      .default('')
      .transform(splitTagNames)
      .pipe(z.array(z.string().max(MAX_TAG_NAME, articleFieldMessages.tagLong)).max(MAX_TAGS, articleFieldMessages.tags)),
    coverMediaId: z
      .string()
      .default('')
      .pipe(z.union([z.literal(''), z.string().regex(/^[a-z0-9]{8,64}$/, articleFieldMessages.cover)])),
    coverAlt: text(300, articleFieldMessages.long).default(''),
    coverCaption: text(300, articleFieldMessages.long).default(''),
    commentsOpen: z.literal('on').optional(),
    status: z.enum(articleStatuses, { error: articleFieldMessages.status }),
    publishedAt: z.string().max(40).default(''),
    version: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  })
  .superRefine((v, ctx) => {
    if (v.coverMediaId && !v.coverAlt) ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: articleFieldMessages.coverAlt });
  });

export type ArticleForm = z.output<typeof articleFormSchema>;

export const articleFormFields = [
  'title',
  'excerpt',
  'bodyJson',
  'slug',
  'sectionId',
  'authorId',
  'tags',
  'coverMediaId',
  'coverAlt',
  'coverCaption',
  'commentsOpen',
  'status',
  'publishedAt',
  'version',
] as const;

/** The list's query string; anything unexpected falls back rather than failing. */
export const articleListFilterSchema = z.object({
  status: z.enum(articleStatuses).optional().catch(undefined),
  section: id.optional().catch(undefined),
  author: id.optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const articleRowActionSchema = z.object({
  intent: z.enum(['publish', 'unpublish', 'delete']),
  id,
});

export const autosaveSchema = z.object({
  baseVersion: z.number().int().min(0).max(2_147_483_647),
  title: z.string().max(MAX_TITLE * 4),
  excerpt: z.string().max(MAX_EXCERPT * 4),
  bodyJson: z.string().refine((s) => bytes(s) <= MAX_BODY_BYTES, articleFieldMessages.bodyLarge),
});

export const revisionRestoreSchema = z.object({ id, revision: id, version: z.coerce.number().int().min(0) });
