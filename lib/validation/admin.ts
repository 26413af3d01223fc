import { z } from 'zod';
import { commentStatuses, userRoles } from '@/db/schema';
import { messages } from '@/lib/admin/messages';
import { formatNumber } from '@/lib/arabic/numbers';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/limits';
import { moderationOps } from '@/lib/comments/transitions';
import { hasVisibleContent } from '@/lib/text/invisible';
import { cleanText } from './text';

const commentId = z.coerce.number({ error: messages.unknownComment }).int().positive().max(2_147_483_647);

const body = z
  .string({ error: messages.emptyBody })
  .max(MAX_COMMENT_LENGTH * 4)
  .transform(cleanText)
  .pipe(
    z
      .string()
      .min(1, messages.emptyBody)
      .max(MAX_COMMENT_LENGTH, `النص أطول من ${formatNumber(MAX_COMMENT_LENGTH)} حرف. اختصره قليلاً.`)
      .refine(hasVisibleContent, messages.emptyBody),
  );

export const commentActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.enum(moderationOps), id: commentId }),
  z.object({
    intent: z.literal('bulk'),
    op: z.enum(moderationOps, { error: messages.noBulkOp }),
    ids: z.array(commentId).min(1, messages.noSelection).max(500),
  }),
  z.object({ intent: z.literal('reply'), id: commentId, body }),
  z.object({ intent: z.literal('edit'), id: commentId, body }),
  z.object({
    intent: z.literal('empty'),
    status: z.enum(['spam', 'trash']),
    article: commentId.optional(),
    // The newest comment id when the page was rendered: what arrived later is not deleted unseen.
    upTo: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  }),
]);

export type CommentAction = z.infer<typeof commentActionSchema>;

/** The comment screen's query string; anything unexpected falls back rather than failing. */
export const commentFilterSchema = z.object({
  status: z.enum(['all', ...commentStatuses]).catch('all'),
  q: z.string().trim().max(200).optional().catch(undefined),
  author: z.string().trim().max(200).optional().catch(undefined),
  article: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const userId = z.string({ error: messages.userMissing }).trim().min(1, messages.userMissing).max(100);

export const userActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('role'), id: userId, role: z.enum(userRoles, { error: 'اختر دوراً من القائمة.' }) }),
  z.object({ intent: z.literal('ban'), id: userId, hideComments: z.literal('on').optional() }),
  z.object({ intent: z.literal('unban'), id: userId }),
]);

export const userFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  role: z.enum(userRoles).optional().catch(undefined),
  banned: z.literal('1').optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const articleActionSchema = z.object({
  id: z.coerce.number({ error: messages.articleMissing }).int().positive().max(2_147_483_647),
  open: z.enum(['1', '0'], { error: messages.invalid }),
});

export const articleFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  closed: z.literal('1').optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const logFilterSchema = z.object({
  action: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Query values arrive as string | string[] | undefined: take the first of each. */
export function firstValues(query: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
}
