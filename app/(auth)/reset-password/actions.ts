'use server';

import { redirect } from 'next/navigation';
import { resetPasswordWithToken } from '@/db/queries/password-resets';
import { RESET_LINK_DEAD } from '@/lib/auth/messages';
import { hashPassword } from '@/lib/auth/password';
import { formResult } from '@/lib/forms/flash';
import { fieldErrors, passwordResetSchema } from '@/lib/validation/auth';
import type { AuthFormState } from '../actions';

/** Sets the new password from a mailed link: once, within the hour; every sign-in of the account ends. */
export async function resetPasswordAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const token = String(form.get('token') ?? '');
  const back = (state: AuthFormState) => formResult(state, `/reset-password?token=${encodeURIComponent(token)}`);
  const parsed = passwordResetSchema.safeParse({ token, newPassword: form.get('newPassword') });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return back(errors.token ? { message: RESET_LINK_DEAD, done: true } : { errors });
  }
  const done = resetPasswordWithToken(parsed.data.token, await hashPassword(parsed.data.newPassword));
  if (!done) return back({ message: RESET_LINK_DEAD, done: true });
  redirect('/login?reset=1');
}
