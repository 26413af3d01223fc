'use server';

import { createResetToken, findResetTarget, pruneResetTokens } from '@/db/queries/password-resets';
import { RESET_REQUESTED, TOO_MANY } from '@/lib/auth/messages';
import { resetRequestLimit } from '@/lib/auth/reset-limits';
import { formResult } from '@/lib/forms/flash';
import { passwordResetMail } from '@/lib/mail/messages/password-reset';
import { sendInBackground } from '@/lib/mail/send';
import { clientAddress } from '@/lib/request';
import { fieldErrors, passwordResetRequestSchema } from '@/lib/validation/auth';
import type { AuthFormState } from '../actions';

const PAGE = '/forgot-password';

/** Answers the same whether or not the email has an account; the link goes out by mail only. */
export async function requestPasswordResetAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get('email') ?? '');
  const back = (state: AuthFormState) => formResult(state, PAGE);
  const parsed = passwordResetRequestSchema.safeParse({ email });
  if (!parsed.success) return back({ errors: fieldErrors(parsed.error), values: { email } });
  const limit = await resetRequestLimit(await clientAddress(), parsed.data.email);
  if (limit === 'address') return back({ message: TOO_MANY, values: { email } });
  const target = limit === 'ok' ? findResetTarget(parsed.data.email) : null;
  if (target) {
    pruneResetTokens();
    sendInBackground(passwordResetMail(target.email, target.name, createResetToken(target.userId)));
  }
  return back({ message: RESET_REQUESTED, done: true });
}
