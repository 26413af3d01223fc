'use server';

import { refresh } from 'next/cache';
import { ban, setRole, unban } from '@/lib/admin/users';
import { requireAdminAction } from '@/lib/admin/guard';
import { formResult } from '@/lib/forms/flash';
import { formFields, type AdminFormState } from '@/lib/admin/form-state';
import { messages } from '@/lib/admin/messages';
import { adminPaths, adminReturnTo } from '@/lib/admin/paths';
import { fieldErrors } from '@/lib/validation/auth';
import { userActionSchema } from '@/lib/validation/admin';

/** Role changes, bans and unbans: admins only. */
export async function userAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  const returnTo = adminReturnTo(form.get('returnTo'), adminPaths.users);
  const auth = await requireAdminAction('administer', returnTo);
  if (!auth.ok) return formResult<AdminFormState>(auth, returnTo);

  const parsed = userActionSchema.safeParse(formFields(form, ['intent', 'id', 'role', 'hideComments']));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return formResult<AdminFormState>({ ok: false, message: errors.id ?? errors.role ?? messages.invalid, errors }, returnTo);
  }
  const action = parsed.data;
  const state =
    action.intent === 'role'
      ? await setRole(auth.user, action.id, action.role)
      : action.intent === 'ban'
        ? await ban(auth.user, action.id, action.hideComments === 'on')
        : await unban(auth.user, action.id);
  if (state.ok) refresh();
  return formResult<AdminFormState>(state, returnTo);
}
