'use server';

import { refresh } from 'next/cache';
import { emptyBin, editComment, moderateComments, replyAsModerator } from '@/lib/comments/moderate';
import { requireAdminAction } from '@/lib/admin/guard';
import { formResult } from '@/lib/forms/flash';
import { formFields, type AdminFormState } from '@/lib/admin/form-state';
import { messages, moderationDone } from '@/lib/admin/messages';
import { adminPaths, adminReturnTo } from '@/lib/admin/paths';
import { fieldErrors } from '@/lib/validation/auth';
import { commentActionSchema, type CommentAction } from '@/lib/validation/admin';
import type { AccountUser } from '@/db/queries/users';

const replyMessages = {
  missing: messages.commentMissing,
  unavailable: messages.replyUnavailable,
  article: messages.replyArticle,
  duplicate: messages.replyDuplicate,
} as const;

async function perform(user: AccountUser, action: CommentAction): Promise<AdminFormState> {
  switch (action.intent) {
    case 'bulk': {
      const result = await moderateComments(user, action.op, action.ids);
      return { ok: result.changed > 0, message: moderationDone(action.op, result.changed, result.skipped, result.missing) };
    }
    case 'reply': {
      const result = await replyAsModerator(user, action.id, action.body);
      if (!result.ok) {
        const message = replyMessages[result.reason];
        return { ok: false, message, errors: { body: message }, values: { body: action.body }, target: `reply-${action.id}` };
      }
      return { ok: true, message: result.approvedParent ? messages.repliedAndApproved : messages.replied };
    }
    case 'edit': {
      const result = await editComment(user, action.id, action.body);
      if (!result.ok) return { ok: false, message: messages.commentMissing };
      return { ok: true, message: result.changed ? messages.edited : messages.unchanged };
    }
    case 'empty': {
      const n = await emptyBin(user, action.status, { articleId: action.article, upToId: action.upTo });
      return { ok: n > 0, message: messages.emptied(n, action.status) };
    }
    default: {
      const result = await moderateComments(user, action.intent, [action.id]);
      return { ok: result.changed > 0, message: moderationDone(action.intent, result.changed, result.skipped, result.missing) };
    }
  }
}

/** Every change on the comments screen: row buttons, quick edit, reply, bulk and empty bin. */
export async function commentAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  const returnTo = adminReturnTo(form.get('returnTo'), adminPaths.comments);
  const auth = await requireAdminAction('moderate', returnTo);
  if (!auth.ok) return formResult<AdminFormState>(auth, returnTo);

  const fields = formFields(form, ['intent', 'id', 'op', 'body', 'status', 'article', 'upTo']);
  const parsed = commentActionSchema.safeParse({ ...fields, ids: form.getAll('ids') });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const target = fields.intent === 'reply' || fields.intent === 'edit' ? `${fields.intent}-${fields.id}` : undefined;
    const message = errors.ids ?? errors.op ?? errors.body ?? (errors.id ? messages.unknownComment : messages.invalid);
    return formResult<AdminFormState>({ ok: false, message, errors, values: { body: fields.body ?? '' }, target }, returnTo);
  }
  const state = await perform(auth.user, parsed.data);
  if (state.ok) refresh();
  return formResult(state, returnTo);
}
