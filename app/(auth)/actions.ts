'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/auth';
import { createPasswordUser } from '@/db/queries/users';
import { isReservedName, reservedNameMessage } from '@/lib/accounts/reserved-names';
import { hashPassword } from '@/lib/auth/password';
import { env } from '@/lib/env';
import { formResult } from '@/lib/forms/flash';
import { rateLimit } from '@/lib/rate-limit';
import { clientAddress } from '@/lib/request';
import { callbackUrlSchema, fieldErrors, signInSchema, signUpSchema, type FieldErrors } from '@/lib/validation/auth';

export type AuthFormState = {
  message?: string;
  errors?: FieldErrors;
  values?: { name?: string; email?: string };
};

const SIGN_IN_FAILED = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const TOO_MANY = 'محاولات كثيرة خلال وقت قصير. انتظر بضع دقائق ثم أعد المحاولة.';

const formPage = (page: '/login' | '/signup', callbackUrl: string) =>
  `${page}?callbackUrl=${encodeURIComponent(callbackUrl)}`;

export async function signInAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const redirectTo = callbackUrlSchema.parse(form.get('callbackUrl'));
  const back = (state: AuthFormState) => formResult(state, formPage('/login', redirectTo));
  const email = String(form.get('email') ?? '');
  const values = { email };
  const parsed = signInSchema.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return back({ errors: fieldErrors(parsed.error), values });
  const key = `signin:${await clientAddress()}:${parsed.data.email}`;
  if (!rateLimit(key, { limit: 10, windowMs: 15 * 60_000 })) return back({ message: TOO_MANY, values });
  try {
    await signIn('credentials', { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) return back({ message: SIGN_IN_FAILED, values });
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
  if (!rateLimit(`signup:${await clientAddress()}`, { limit: env().SIGNUP_LIMIT_PER_HOUR, windowMs: 60 * 60_000 })) {
    return back({ message: TOO_MANY, values });
  }
  if (await isReservedName(parsed.data.name)) return back({ errors: { name: reservedNameMessage }, values });
  const user = await createPasswordUser({
    name: parsed.data.name,
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!user) {
    return back({
      errors: { email: 'تعذّر إنشاء حساب بهذا البريد الإلكتروني. إن كان لديك حساب فسجّل الدخول.' },
      values,
    });
  }
  await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo });
  return {};
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut({ redirectTo: callbackUrlSchema.parse(form.get('callbackUrl')) });
}
