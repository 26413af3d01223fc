'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/auth';
import { createPasswordUser } from '@/db/queries/users';
import { isReservedName, reservedNameMessage } from '@/lib/accounts/reserved-names';
import { allowSignUp } from '@/lib/auth/attempt-limits';
import { signInErrorMessage, TOO_MANY } from '@/lib/auth/messages';
import { hashPassword } from '@/lib/auth/password';
import { formResult } from '@/lib/forms/flash';
import { clientAddress } from '@/lib/request';
import { callbackUrlSchema, fieldErrors, signInSchema, signUpSchema, type FieldErrors } from '@/lib/validation/auth';

export type AuthFormState = {
  message?: string;
  errors?: FieldErrors;
  values?: { name?: string; email?: string };
  /** The form did its work (a reset link asked for): the page shows the message instead of the form. */
  done?: boolean;
};

// The same words whether or not the email has an account (the owner is told by email once the
// site sends mail).
const SIGN_UP_REFUSED = 'تعذّر إنشاء الحساب بهذه البيانات. إن كان لك حساب من قبل فسجّل الدخول إليه.';

const formPage = (page: '/login' | '/signup', callbackUrl: string) =>
  `${page}?callbackUrl=${encodeURIComponent(callbackUrl)}`;

export async function signInAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const redirectTo = callbackUrlSchema.parse(form.get('callbackUrl'));
  const back = (state: AuthFormState) => formResult(state, formPage('/login', redirectTo));
  const email = String(form.get('email') ?? '');
  const values = { email };
  const parsed = signInSchema.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return back({ errors: fieldErrors(parsed.error), values });
  try {
    // Attempt limits are applied inside (auth.ts), for this form and Auth.js's own endpoint alike.
    await signIn('credentials', { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      return back({ message: signInErrorMessage(error.type, (error as { code?: string }).code), values });
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function signUpAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const redirectTo = callbackUrlSchema.parse(form.get('callbackUrl'));
  const back = (state: AuthFormState) => formResult(state, formPage('/signup', redirectTo));
  const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
  const parsed = signUpSchema.safeParse({ ...values, password: form.get('password') });
  if (!parsed.success) return back({ errors: fieldErrors(parsed.error), values });
  if (!(await allowSignUp(await clientAddress()))) return back({ message: TOO_MANY, values });
  if (await isReservedName(parsed.data.name)) return back({ errors: { name: reservedNameMessage }, values });
  const user = await createPasswordUser({
    name: parsed.data.name,
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!user) return back({ message: SIGN_UP_REFUSED, values });
  await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo });
  return {};
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut({ redirectTo: callbackUrlSchema.parse(form.get('callbackUrl')) });
}
