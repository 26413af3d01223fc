import { z } from 'zod';
import { formatNumber } from '@/lib/arabic/numbers';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/limits';
import { hasVisibleContent } from '@/lib/text/invisible';
import { cleanText } from './text';

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const commentBodySchema = z
  .string({ error: 'اكتب تعليقك أولاً.' })
  .max(MAX_COMMENT_LENGTH * 4, `التعليق أطول من ${formatNumber(MAX_COMMENT_LENGTH)} حرف.`)
  .transform(cleanText)
  .pipe(
    z
      .string()
      .min(1, 'لا يمكن نشر تعليق فارغ. اكتب شيئاً أولاً.')
      .max(MAX_COMMENT_LENGTH, `التعليق أطول من ${formatNumber(MAX_COMMENT_LENGTH)} حرف. اختصره قليلاً.`)
      .refine(hasVisibleContent, 'لا يظهر في تعليقك حرف ولا رقم. اكتب شيئاً يُقرأ.'),
  );

export const newCommentSchema = z.object({
  articleId: id,
  parentId: z.preprocess((v) => (v === '' || v === null || v === '0' || v === 0 ? undefined : v), id.optional()),
  body: commentBodySchema,
  /** "Tell me of replies by email": a checkbox posts "on", the JSON API a boolean. */
  notifyReplies: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
});

export const editCommentSchema = z.object({ id, body: commentBodySchema });

export type NewComment = z.infer<typeof newCommentSchema>;
