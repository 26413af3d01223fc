'use server';

import { signOut } from '@/auth';
import { changePassword, findPasswordHash } from '@/db/queries/users';
import { endAllSessionsOf } from '@/db/queries/sessions';
import { checkPasswordWithinLimits } from '@/lib/auth/attempt-limits';
import { currentUser, requireUser } from '@/lib/auth/guards';
import { TOO_MANY } from '@/lib/auth/messages';
import { hashPassword } from '@/lib/auth/password';
import { sessionRef } from '@/lib/auth/session-token';
import { formResult } from '@/lib/forms/flash';
import { clientAddress } from '@/lib/request';
import { loginPath } from '@/lib/urls';
import { fieldErrors, passwordChangeSchema } from '@/lib/validation/auth';
import { redirect } from 'next/navigation';
import type { AuthFormState } from '../actions';

const ACCOUNT = '/account';
const WRONG_PASSWORD = 'كلمة المرور الحالية غير صحيحة.';
const CHANGED = 'تم تغيير كلمة المرور، وسُجّل خروجك من كل الأجهزة الأخرى.';

/** A new password: the current one is checked (with the sign-in attempt limits), other sign-ins end. */
export async function changePasswordAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const back = (state: AuthFormState) => formResult(state, ACCOUNT);
  const who = await requireUser();
  const session = await sessionRef();
  if (!who.ok || !session) redirect(loginPath(ACCOUNT));
  const parsed = passwordChangeSchema.safeParse({
    currentPassword: form.get('currentPassword'),
    newPassword: form.get('newPassword'),
  });
  if (!parsed.success) return back({ errors: fieldErrors(parsed.error) });
  const attempt = { email: who.user.email ?? who.user.id, address: await clientAddress() };
  const check = await checkPasswordWithinLimits(attempt, await findPasswordHash(who.user.id), parsed.data.currentPassword);
  if (check === 'wait') return back({ message: TOO_MANY });
  if (check === 'wrong') return back({ errors: { currentPassword: WRONG_PASSWORD } });
  changePassword(who.user.id, await hashPassword(parsed.data.newPassword), session.sid);
  return back({ message: CHANGED });
}

/** Ends every sign-in of the account, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await currentUser();
  if (user) endAllSessionsOf(user.id);
  await signOut({ redirectTo: '/' });
}
